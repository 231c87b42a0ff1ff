package org.lifeline.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageRequestTest {

    @Test
    void defaultsToTheFirstPageOfTwenty() {
        assertEquals(new PageRequest(0, 20), PageRequest.parse(null, ""));
        assertEquals(40, PageRequest.parse("2", "20").offset());
    }

    @ParameterizedTest
    @CsvSource({"-1,10", "0,0", "0,-5", "0,201", "abc,10", "0,1e3", "99999999999,10", "1000001,200", "0,2147483648"})
    void refusesPagesOutOfRange(String page, String size) {
        assertThrows(InvalidRequestException.class, () -> PageRequest.parse(page, size));
    }
}
