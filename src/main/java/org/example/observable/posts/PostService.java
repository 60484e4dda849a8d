package org.example.observable.posts;

import io.opentelemetry.api.trace.Span;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.example.observable.telemetry.TelemetryNames;
import org.example.observable.telemetry.metrics.ApplicationMetrics;
import org.example.observable.users.UserService;

@ApplicationScoped
@Transactional
public class PostService {

    @Inject
    PostRepository posts;

    @Inject
    UserService users;

    @Inject
    ApplicationMetrics metrics;

    public List<PostResponse> list(PageRequest page, String search) {
        List<Post> found = posts.page(page, TitleSearch.likePattern(search));
        Map<Long, Long> votes = posts.voteCounts(found.stream().map(Post::getId).toList());
        return found.stream()
                .map(post -> PostResponse.of(post, post.getOwner(), votes.getOrDefault(post.getId(), 0L)))
                .toList();
    }

    public PostResponse get(long id) {
        Post post = find(id);
        return PostResponse.of(post, post.getOwner(), posts.voteCounts(List.of(id)).getOrDefault(id, 0L));
    }

    /** {@link #get}, recording on the request span which post was viewed and whether it exists. */
    public PostResponse view(long id) {
        Span span = Span.current();
        span.setAttribute(TelemetryNames.POST_ID, id);
        span.setAttribute(TelemetryNames.USER_ACTION, TelemetryNames.USER_ACTION_VIEW_POST);
        Optional<Post> post = posts.findWithOwner(id);
        span.setAttribute(TelemetryNames.POST_FOUND, post.isPresent());
        post.ifPresent(found -> {
            span.setAttribute(TelemetryNames.POST_AUTHOR_ID, found.getOwnerId());
            span.setAttribute(TelemetryNames.POST_PUBLISHED, found.isPublished());
        });
        Post found = post.orElseThrow(() -> new PostNotFoundException(id));
        return PostResponse.of(found, found.getOwner(), posts.voteCounts(List.of(id)).getOrDefault(id, 0L));
    }

    public PostResponse create(long authorId, PostRequest request) {
        Post post = new Post(authorId, request.title(), request.content(), request.publishedOrDefault());
        posts.add(post);
        metrics.postCreated();
        return PostResponse.of(post, users.get(authorId), 0);
    }

    /** Creates all posts in one transaction (the caller's, or a new one): all of them are written or none. */
    public int createAll(long authorId, List<PostRequest> requests) {
        for (PostRequest request : requests) {
            posts.addUnflushed(new Post(authorId, request.title(), request.content(), request.publishedOrDefault()));
        }
        posts.flush();
        requests.forEach(written -> metrics.postCreated());
        return requests.size();
    }

    public PostResponse replace(long id, long userId, PostRequest request) {
        Post post = find(id);
        post.requireOwner(userId);
        post.replace(request.title(), request.content(), request.publishedOrDefault());
        return get(id);
    }

    public void delete(long id, long userId) {
        Post post = find(id);
        post.requireOwner(userId);
        posts.remove(post);
    }

    private Post find(long id) {
        return posts.findWithOwner(id).orElseThrow(() -> new PostNotFoundException(id));
    }
}
