package org.example.observable.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.example.observable.testsupport.ApiUser;
import org.example.observable.testsupport.Shop;
import org.junit.jupiter.api.Test;

class ConcurrentOrdersIT {

    @Test
    void tenParallelOrdersForThreeItemsSellExactlyThree() throws Exception {
        ApiUser buyer = ApiUser.register();
        long product = Shop.createProduct(buyer, "5.00", 3);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return buyer.request().body(Shop.order(product, 1, "card")).post("/api/orders").statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            Map<Integer, Long> counts = statuses.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

            assertEquals(Map.of(201, 3L, 409, 7L), counts, "answers to 10 orders for 3 items");
            assertEquals(0, Shop.stockOf(product), "stock sold out, never negative");
            assertEquals(List.of("PAID", "PAID", "PAID"),
                    buyer.request().get("/api/orders").then().statusCode(200).extract().jsonPath().getList("status"),
                    "exactly three orders, all paid");
        } finally {
            pool.shutdownNow();
        }
    }
}
