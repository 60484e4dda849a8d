package org.example.observable.posts;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PostOwnershipTest {

    private final Post postBySeven = new Post(7, "Title", "Content", true);

    @Test
    void authorMayChangeTheirPost() {
        assertDoesNotThrow(() -> postBySeven.requireOwner(7));
    }

    @Test
    void anyoneElseMayNot() {
        assertThrows(NotPostOwnerException.class, () -> postBySeven.requireOwner(8));
    }
}
