package org.example.observable.posts;

import io.opentelemetry.api.trace.Span;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.example.observable.platform.StorableText;
import org.example.observable.telemetry.TelemetryAttributes;
import org.example.observable.telemetry.metrics.ApplicationMetrics;
import org.example.observable.users.UserService;

/** Writes run in a JTA transaction each; reads in none, and without an interceptor around them. */
@ApplicationScoped
public class PostService {

    /** The value of {@code user.action} on the request span of a post view. */
    static final String VIEW_POST = "view_post";

    @Inject
    PostRepository posts;

    @Inject
    UserService users;

    @Inject
    ApplicationMetrics metrics;

    /**
     * Reads need no transaction: one statement each. Not even {@code @Transactional(SUPPORTS)}: its interceptor was 4% of
     * a read's CPU samples for nothing (docs/performance.md).
     */
    public List<PostResponse> list(PageRequest page, String search) {
        return posts.pageOfResponses(page, TitleSearch.likePattern(search));
    }

    public PostResponse get(long id) {
        return posts.findResponse(id).orElseThrow(() -> new PostNotFoundException(id));
    }

    /** {@link #get}, recording on the request span which post was viewed and whether it exists. */
    public PostResponse view(long id) {
        Span span = Span.current();
        span.setAttribute(TelemetryAttributes.POST_ID, id);
        span.setAttribute(TelemetryAttributes.USER_ACTION, VIEW_POST);
        Optional<PostResponse> post = posts.findResponse(id);
        span.setAttribute(TelemetryAttributes.POST_FOUND, post.isPresent());
        post.ifPresent(found -> {
            span.setAttribute(TelemetryAttributes.POST_AUTHOR_ID, found.ownerId());
            span.setAttribute(TelemetryAttributes.POST_PUBLISHED, found.published());
        });
        return post.orElseThrow(() -> new PostNotFoundException(id));
    }

    @Transactional
    public PostResponse create(long authorId, PostRequest request) {
        requireStorable(request);
        Post post = new Post(authorId, request.title(), request.content(), request.publishedOrDefault());
        posts.add(post);
        metrics.postCreated();
        return PostResponse.of(post, users.get(authorId), 0);
    }

    /** Creates all posts in one transaction (the caller's, or a new one): all of them are written or none. */
    @Transactional
    public int createAll(long authorId, List<PostRequest> requests) {
        for (PostRequest request : requests) {
            posts.addUnflushed(new Post(authorId, request.title(), request.content(), request.publishedOrDefault()));
        }
        posts.flush();
        requests.forEach(written -> metrics.postCreated());
        return requests.size();
    }

    @Transactional
    public PostResponse replace(long id, long userId, PostRequest request) {
        requireStorable(request);
        Post post = find(id);
        post.requireOwner(userId);
        post.replace(request.title(), request.content(), request.publishedOrDefault());
        posts.flush(); // the answer is read from the view by a read-only query, which would not flush the change
        return get(id);
    }

    @Transactional
    public void delete(long id, long userId) {
        Post post = find(id);
        post.requireOwner(userId);
        posts.remove(post);
    }

    private static void requireStorable(PostRequest request) {
        StorableText.require("title", request.title());
        StorableText.require("content", request.content());
    }

    private Post find(long id) {
        return posts.findWithOwner(id).orElseThrow(() -> new PostNotFoundException(id));
    }
}
