package org.example.observable.posts;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.example.observable.users.User;

/**
 * A post, owned by the user who wrote it. The owner is kept as an id (the ownership rule needs nothing more)
 * and mapped read-only as a {@link User} for display. Not cached: deleting a user deletes posts in the database.
 */
@Entity
@Table(name = "posts")
@Cacheable(false)
public class Post {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long ownerId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id", insertable = false, updatable = false)
    private User owner;

    @Column(nullable = false, length = 255)
    private String title;

    @Column(nullable = false, length = 10000)
    private String content;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected Post() {
    }

    Post(long ownerId, String title, String content, boolean published) {
        this.ownerId = ownerId;
        this.title = title;
        this.content = content;
        this.published = published;
        // PostgreSQL keeps microseconds: truncating makes the 201 answer equal to later reads.
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** Throws {@link NotPostOwnerException} unless the user wrote this post. */
    void requireOwner(long userId) {
        if (ownerId != userId) {
            throw new NotPostOwnerException();
        }
    }

    void replace(String title, String content, boolean published) {
        this.title = title;
        this.content = content;
        this.published = published;
    }

    public Long getId() {
        return id;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public User getOwner() {
        return owner;
    }

    public String getTitle() {
        return title;
    }

    public String getContent() {
        return content;
    }

    public boolean isPublished() {
        return published;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
