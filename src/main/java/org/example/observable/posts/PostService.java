package org.example.observable.posts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.example.observable.users.UserService;

@ApplicationScoped
@Transactional
public class PostService {

    @Inject
    PostRepository posts;

    @Inject
    UserService users;

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

    public PostResponse create(long authorId, PostRequest request) {
        Post post = new Post(authorId, request.title(), request.content(), request.publishedOrDefault());
        posts.add(post);
        return PostResponse.of(post, users.get(authorId), 0);
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
