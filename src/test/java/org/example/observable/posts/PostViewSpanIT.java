package org.example.observable.posts;

import static org.example.observable.testsupport.TestTrace.attribute;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.opentelemetry.proto.trace.v1.Span;
import java.util.Optional;
import org.example.observable.telemetry.TelemetryNames;
import org.example.observable.testsupport.ApiUser;
import org.example.observable.testsupport.TestTrace;
import org.junit.jupiter.api.Test;

/** Viewing a post annotates the request span with what was viewed (the guide's "post view attributes"). */
class PostViewSpanIT {

    @Test
    void viewingAPostRecordsItOnTheRequestSpan() {
        ApiUser author = ApiUser.register();
        long postId = author.createPost("Viewed", "Body of a viewed post");
        TestTrace trace = TestTrace.random();
        author.request().header("traceparent", trace.traceparent()).get("/api/posts/" + postId).then().statusCode(200);

        Span server = trace.awaitServerSpan();
        assertEquals(Optional.of(Long.toString(postId)), attribute(server, TelemetryNames.POST_ID), "post.id");
        assertEquals(Optional.of("true"), attribute(server, TelemetryNames.POST_FOUND), "post.found");
        assertEquals(Optional.of(Long.toString(author.id())), attribute(server, TelemetryNames.POST_AUTHOR_ID), "post.author_id");
        assertEquals(Optional.of("true"), attribute(server, TelemetryNames.POST_PUBLISHED), "post.published");
        assertEquals(Optional.of("view_post"), attribute(server, TelemetryNames.USER_ACTION), "user.action");
    }

    @Test
    void viewingAMissingPostRecordsNotFound() {
        ApiUser viewer = ApiUser.register();
        TestTrace trace = TestTrace.random();
        viewer.request().header("traceparent", trace.traceparent()).get("/api/posts/987654321012").then().statusCode(404);

        Span server = trace.awaitServerSpan();
        assertEquals(Optional.of("987654321012"), attribute(server, TelemetryNames.POST_ID), "post.id");
        assertEquals(Optional.of("false"), attribute(server, TelemetryNames.POST_FOUND), "post.found");
        assertEquals(Optional.empty(), attribute(server, TelemetryNames.POST_AUTHOR_ID), "post.author_id");
    }
}
