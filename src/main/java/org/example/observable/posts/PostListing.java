package org.example.observable.posts;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.ReadOnly;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.example.observable.users.UserResponse;

/**
 * A post as the API shows it, with its author's public fields and its number of votes: a row of the
 * {@code post_listings} view, read-only. A read by id and a listing are both one statement on the view.
 * <p>
 * Why a view rather than {@code SELECT p, o, COUNT(...)} over {@link Post}: EclipseLink generates a query's SQL once,
 * when it prepares it, but a page (a row limit and an offset) is set on a copy of the prepared query, and a copy of a
 * query that selects several items is never prepared: every listing generated its SQL again, a tenth of its CPU
 * (docs/performance.md). A page of one entity is copied prepared. The named queries below are prepared with a row limit,
 * so their SQL ends in {@code LIMIT ? OFFSET ?} and any page binds only its values; they are read-only queries, so
 * EclipseLink makes no working copy of the rows (they are turned into {@link PostResponse}s at once). The author's
 * fields are columns of the view, not a {@code User}: no statement reads a password hash to show a post.
 */
@Entity
@Table(name = "post_listings")
@Cacheable(false)
@ReadOnly
@NamedQuery(name = PostListing.BY_ID, query = PostListing.SELECT + " WHERE l.id = :id",
        hints = @QueryHint(name = QueryHints.READ_ONLY, value = HintValues.TRUE))
@NamedQuery(name = PostListing.NEWEST_FIRST, query = PostListing.SELECT + PostListing.ORDER_NEWEST_FIRST,
        hints = {@QueryHint(name = QueryHints.JDBC_MAX_ROWS, value = "" + PageRequest.MAX_LIMIT),
                @QueryHint(name = QueryHints.READ_ONLY, value = HintValues.TRUE)})
@NamedQuery(name = PostListing.TITLE_LIKE_NEWEST_FIRST,
        query = PostListing.SELECT + " WHERE LOWER(l.title) LIKE :pattern ESCAPE '\\'"
                + PostListing.ORDER_NEWEST_FIRST,
        hints = {@QueryHint(name = QueryHints.JDBC_MAX_ROWS, value = "" + PageRequest.MAX_LIMIT),
                @QueryHint(name = QueryHints.READ_ONLY, value = HintValues.TRUE)})
public class PostListing {

    /** The post whose id is {@code :id}. */
    static final String BY_ID = "PostListing.byId";
    /** Every post, newest first (the listing's order, served by the index of V30). */
    static final String NEWEST_FIRST = "PostListing.newestFirst";
    /** The posts whose lower-case title is {@code LIKE :pattern} (a backslash escapes), newest first. */
    static final String TITLE_LIKE_NEWEST_FIRST = "PostListing.titleLikeNewestFirst";
    static final String SELECT = "SELECT l FROM PostListing l";
    static final String ORDER_NEWEST_FIRST = " ORDER BY l.createdAt DESC, l.id DESC";

    @Id
    private Long id;

    @Column(name = "user_id")
    private long ownerId;

    private String title;

    private String content;

    private boolean published;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    private long votes;

    @Column(name = "owner_email")
    private String ownerEmail;

    @Column(name = "owner_created_at")
    private OffsetDateTime ownerCreatedAt;

    protected PostListing() {
    }

    PostResponse response() {
        UserResponse owner = new UserResponse(ownerId, ownerEmail, ownerCreatedAt);
        return new PostResponse(id, title, content, published, createdAt, ownerId, owner, votes);
    }
}
