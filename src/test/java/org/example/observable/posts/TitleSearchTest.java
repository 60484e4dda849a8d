package org.example.observable.posts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TitleSearchTest {

    @Test
    void searchBecomesLowerCaseContainsPattern() {
        assertEquals(Optional.of("%hello%"), TitleSearch.likePattern(" Hello "));
    }

    @Test
    void likeWildcardsAreMatchedLiterally() {
        assertEquals(Optional.of("%50\\%\\_off\\\\%"), TitleSearch.likePattern("50%_off\\"));
    }

    @Test
    void blankSearchMeansNoFilter() {
        assertTrue(TitleSearch.likePattern("  ").isEmpty());
        assertTrue(TitleSearch.likePattern(null).isEmpty());
    }

    @Test
    void aSearchWithUPlus0000IsRefusedNotSentToTheDatabase() {
        assertThrows(InvalidPageRequestException.class, () -> TitleSearch.likePattern("a\u0000b"));
    }
}
