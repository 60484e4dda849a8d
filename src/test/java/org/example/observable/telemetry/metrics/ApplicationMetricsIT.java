package org.example.observable.telemetry.metrics;

import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.example.observable.telemetry.TelemetryNames;
import org.example.observable.testsupport.ApiUser;
import org.example.observable.testsupport.OtlpReceiver;
import org.junit.jupiter.api.Test;

/** The business counters grow at the OTLP wire after each kind of write (cumulative sums, exported every second). */
class ApplicationMetricsIT {

    @Test
    void registeringAUserIncrementsUsersRegistered() {
        long before = latest(TelemetryNames.APP_USERS_REGISTERED);
        ApiUser.register();
        awaitAbove(TelemetryNames.APP_USERS_REGISTERED, before);
    }

    @Test
    void creatingAndImportingPostsIncrementPostsCreated() {
        ApiUser user = ApiUser.register();
        long before = latest(TelemetryNames.APP_POSTS_CREATED);
        user.createPost("Counted", "A counted post");
        user.request().body(List.of(Map.of("title", "Imported", "content", "counted too"))).post("/api/posts/import")
                .then().statusCode(200);
        awaitAbove(TelemetryNames.APP_POSTS_CREATED, before + 1);
    }

    @Test
    void castingAVoteIncrementsVotesCast() {
        ApiUser author = ApiUser.register();
        long postId = author.createPost("Voted", "A voted post");
        long before = latest(TelemetryNames.APP_VOTES_CAST);
        ApiUser.register().request().body(Map.of("post_id", postId, "voted", true)).post("/api/votes")
                .then().statusCode(201);
        awaitAbove(TelemetryNames.APP_VOTES_CAST, before);
    }

    /** The latest exported cumulative value (these counters have one series), 0 before the first export. */
    private static long latest(String name) {
        List<OtlpReceiver.MetricPoint> points = OtlpReceiver.shared().points(name);
        return points.isEmpty() ? 0 : points.get(points.size() - 1).number().getAsInt();
    }

    private static void awaitAbove(String name, long before) {
        OtlpReceiver.await(name + " above " + before, () -> {
            long now = latest(name);
            return now > before ? Optional.of(now) : Optional.empty();
        });
    }
}
