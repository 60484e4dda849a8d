package org.example.observable.telemetry.metrics;

import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The business counters; services call one method per completed business event (after the commit succeeds). */
@ApplicationScoped
public class ApplicationMetrics {

    public static final String USERS_REGISTERED = "app.users.registered";
    public static final String POSTS_CREATED = "app.posts.created";
    public static final String VOTES_CAST = "app.votes.cast";

    @Inject
    Meter meter;

    private LongCounter usersRegistered;
    private LongCounter postsCreated;
    private LongCounter votesCast;

    @PostConstruct
    void buildInstruments() {
        usersRegistered = meter.counterBuilder(USERS_REGISTERED)
                .setDescription("Users who completed registration.")
                .setUnit("{user}")
                .build();
        postsCreated = meter.counterBuilder(POSTS_CREATED)
                .setDescription("Posts created.")
                .setUnit("{post}")
                .build();
        votesCast = meter.counterBuilder(VOTES_CAST)
                .setDescription("Votes cast on posts.")
                .setUnit("{vote}")
                .build();
    }

    public void userRegistered() {
        usersRegistered.add(1);
    }

    public void postCreated() {
        postsCreated.add(1);
    }

    public void voteCast() {
        votesCast.add(1);
    }
}
