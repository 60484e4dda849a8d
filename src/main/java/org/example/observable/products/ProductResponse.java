package org.example.observable.products;

import java.math.BigDecimal;

public record ProductResponse(long id, String name, BigDecimal price, int stock) {

    static ProductResponse of(Product product) {
        return new ProductResponse(product.getId(), product.getName(), product.getPrice(), product.getStock());
    }
}
