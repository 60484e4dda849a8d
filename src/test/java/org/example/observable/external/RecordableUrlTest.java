package org.example.observable.external;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RecordableUrlTest {

    @Test
    void userInfoQueryAndFragmentAreLeftOut() {
        assertEquals("https://api.example.com:8443/v1/quote",
                ExternalApiService.recordableUrl("https://user:secret@api.example.com:8443/v1/?key=abc#x", "quote"));
    }

    @Test
    void aBaseWithoutPathGetsTheResourceAsPath() {
        assertEquals("http://127.0.0.1:9000/quote", ExternalApiService.recordableUrl("http://127.0.0.1:9000", "quote"));
    }
}
