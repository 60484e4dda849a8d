package org.example.observable.posts;

import java.time.OffsetDateTime;
import org.example.observable.users.User;
import org.example.observable.users.UserResponse;

/** A post with its author and its number of votes. */
public record PostResponse(long id, String title, String content, boolean published, OffsetDateTime createdAt,
                           long ownerId, UserResponse owner, long votes) {

    static PostResponse of(Post post, User owner, long votes) {
        return new PostResponse(post.getId(), post.getTitle(), post.getContent(), post.isPublished(),
                post.getCreatedAt(), post.getOwnerId(), UserResponse.of(owner), votes);
    }
}
