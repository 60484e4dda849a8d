package org.example.observable.votes;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One user's vote for one post. Not cached: votes are deleted by database cascades JPA does not see. */
@Entity
@Table(name = "votes")
@IdClass(Vote.Key.class)
@Cacheable(false)
public class Vote {

    @Id
    @Column(name = "user_id")
    private long userId;

    @Id
    @Column(name = "post_id")
    private long postId;

    protected Vote() {
    }

    public long getUserId() {
        return userId;
    }

    public long getPostId() {
        return postId;
    }

    /** The composite primary key; a plain class because JPA instantiates id classes reflectively. */
    public static class Key implements Serializable {

        private long userId;
        private long postId;

        public Key() {
        }

        Key(long userId, long postId) {
            this.userId = userId;
            this.postId = postId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.userId == userId && key.postId == postId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(userId, postId);
        }
    }
}
