package org.example.observable.telemetry.metrics;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.example.observable.telemetry.TelemetryNames;

/** The business counters; services call one method per completed business event (after the commit succeeds). */
@ApplicationScoped
public class ApplicationMetrics {

    @Inject
    OpenTelemetry openTelemetry;

    private LongCounter usersRegistered;
    private LongCounter postsCreated;
    private LongCounter votesCast;

    @PostConstruct
    void buildInstruments() {
        Meter meter = openTelemetry.getMeter(TelemetryNames.INSTRUMENTATION_SCOPE);
        usersRegistered = meter.counterBuilder(TelemetryNames.APP_USERS_REGISTERED)
                .setDescription("Users who completed registration.")
                .setUnit("{user}")
                .build();
        postsCreated = meter.counterBuilder(TelemetryNames.APP_POSTS_CREATED)
                .setDescription("Posts created.")
                .setUnit("{post}")
                .build();
        votesCast = meter.counterBuilder(TelemetryNames.APP_VOTES_CAST)
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
