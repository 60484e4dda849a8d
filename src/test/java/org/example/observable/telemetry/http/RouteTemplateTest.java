package org.example.observable.telemetry.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

class RouteTemplateTest {

    @Path("posts")
    static class PostsResource {
        @GET
        @Path("{id}")
        public String byId() {
            return "";
        }

        @GET
        @Path("/{id: \\d+}/votes/")
        public String votes() {
            return "";
        }

        @GET
        public String list() {
            return "";
        }
    }

    /** What a CDI subclass proxy looks like to reflection: no annotations of its own. */
    static class PostsResourceProxy extends PostsResource {
    }

    @Test
    void templateJoinsBasePathClassAndMethodPaths() throws Exception {
        assertEquals("/api/posts/{id}", RouteTemplate.of("/api/", PostsResource.class,
                PostsResource.class.getMethod("byId")));
    }

    @Test
    void parameterRegularExpressionsAreLeftOutAndTrailingSlashesGo() throws Exception {
        assertEquals("/api/posts/{id}/votes", RouteTemplate.of("/api", PostsResource.class,
                PostsResource.class.getMethod("votes")));
    }

    @Test
    void regularExpressionsWithBracesOfTheirOwnAreLeftOutWhole() {
        assertEquals("/api/posts/{id}/votes/{voter}", RouteTemplate.withoutParameterPatterns(
                "/api/posts/{id: [0-9]{1,18}}/votes/{ voter : [a-z]{2,}(-[a-z]{1,3}){0,2} }"));
    }

    @Test
    void plainTemplatesAndLiteralTextStayAsTheyAre() {
        assertEquals("/api/posts/{id}/tags:all", RouteTemplate.withoutParameterPatterns("/api/posts/{id}/tags:all"));
    }

    @Test
    void anUnclosedBraceIsKeptVerbatim() {
        assertEquals("/api/{id: [0-9", RouteTemplate.withoutParameterPatterns("/api/{id: [0-9"));
    }

    @Test
    void methodWithoutPathUsesTheClassPath() throws Exception {
        assertEquals("/api/posts", RouteTemplate.of("/api/", PostsResource.class,
                PostsResource.class.getMethod("list")));
    }

    @Test
    void classPathIsFoundThroughAProxySubclass() throws Exception {
        assertEquals("/api/posts/{id}", RouteTemplate.of("/api/", PostsResourceProxy.class,
                PostsResource.class.getMethod("byId")));
    }
}
