package org.example.observable.bulkimport;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.example.observable.posts.PostRequest;
import org.example.observable.posts.PostService;
import org.example.observable.telemetry.ApplicationSpans;
import org.example.observable.telemetry.TelemetryAttributes;
import org.example.observable.telemetry.TelemetryNames;

/** Imports posts chunk by chunk; never one transaction around it all, so that each chunk commits on its own. */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class PostImportService {

    static final int MAX_ITEMS = 10_000;
    static final int CHUNK_SIZE = 100;


    @Inject
    PostService postService;

    @Inject
    Validator validator;

    @Inject
    ApplicationSpans spans;

    public ImportReport importPosts(long authorId, List<PostRequest> posts) {
        if (posts.size() > MAX_ITEMS) {
            throw new ImportTooLargeException("An import may have at most " + MAX_ITEMS + " posts, this one has "
                    + posts.size());
        }
        return spans.call(TelemetryNames.SPAN_PROCESS_DATASET, span -> {
            span.setAttribute(TelemetryAttributes.DATASET_SIZE, (long) posts.size());
            List<ImportError> errors = new ArrayList<>();
            int imported = 0;
            int processed = 0;
            List<List<PostRequest>> chunks = Chunks.of(posts, CHUNK_SIZE);
            for (int chunk = 0; chunk < chunks.size(); chunk++) {
                imported += importChunk(authorId, chunk, chunks.get(chunk), errors, span);
                processed += chunks.get(chunk).size();
                span.addEvent(TelemetryNames.EVENT_CHUNK_PROCESSED, Attributes.of(TelemetryAttributes.CHUNK_INDEX, (long) chunk,
                        TelemetryAttributes.CHUNK_SIZE, (long) chunks.get(chunk).size(), TelemetryAttributes.TOTAL_PROCESSED, (long) processed));
            }
            span.setAttribute(TelemetryAttributes.DATASET_PROCESSED, (long) processed);
            span.setAttribute(TelemetryAttributes.DATASET_IMPORTED, (long) imported);
            span.setAttribute(TelemetryAttributes.DATASET_FAILED, (long) (posts.size() - imported));
            return new ImportReport(imported, posts.size() - imported, List.copyOf(errors));
        });
    }

    /** Validates the chunk's posts and writes the valid ones in one transaction; returns how many were written. */
    private int importChunk(long authorId, int chunk, List<PostRequest> posts, List<ImportError> errors, Span span) {
        int offset = chunk * CHUNK_SIZE;
        List<PostRequest> valid = new ArrayList<>();
        List<Integer> validIndexes = new ArrayList<>();
        for (int i = 0; i < posts.size(); i++) {
            List<ImportError> problems = validate(offset + i, posts.get(i));
            if (problems.isEmpty()) {
                valid.add(posts.get(i));
                validIndexes.add(offset + i);
            } else {
                errors.addAll(problems);
            }
        }
        if (valid.isEmpty()) {
            return 0;
        }
        try {
            return postService.createAll(authorId, valid);
        } catch (RuntimeException e) {
            // One chunk's database failure must not undo or stop the others: report its posts and go on.
            span.recordException(e);
            span.addEvent(TelemetryNames.EVENT_CHUNK_FAILED, Attributes.of(TelemetryAttributes.CHUNK_INDEX, (long) chunk));
            validIndexes.forEach(index -> errors.add(
                    new ImportError(index, null, "not imported: chunk " + chunk + " was rolled back")));
            return 0;
        }
    }

    private List<ImportError> validate(int index, PostRequest post) {
        if (post == null) {
            return List.of(new ImportError(index, null, "must be an object with title and content"));
        }
        return validator.validate(post).stream()
                .sorted(Comparator.comparing((ConstraintViolation<PostRequest> v) -> v.getPropertyPath().toString()))
                .map(v -> new ImportError(index, v.getPropertyPath().toString(), v.getMessage()))
                .toList();
    }
}
