package org.travelcrm.core.tests.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.travelcrm.core.analysis.ClassLabels;
import org.travelcrm.core.analysis.FrequencyClass;
import org.travelcrm.core.analysis.LoyaltyClass;
import org.travelcrm.core.analysis.RfmSegment;
import org.travelcrm.core.analysis.ValueTier;
import org.travelcrm.model.TravelPurpose;
import org.travelcrm.testing.FailOnLoggedErrors;

/**
 * Class codes keep their names in English views, every code of every class has a Chinese label,
 * and texts that are no codes are shown as they are.
 */
@ExtendWith(FailOnLoggedErrors.class)
class ClassLabelsTest {

	@Test
	void englishViewsShowTheCodesAndOtherTextsStayAsTheyAre() {
		assertEquals("KEY", ClassLabels.label("KEY"), "English shows the analyses' own codes.");
		assertEquals("Wang Wei", ClassLabels.label("Wang Wei"), "A name is no code.");
		assertEquals("", ClassLabels.label(""), "Nothing stays nothing.");
		assertNull(ClassLabels.label(null), "null stays null.");
	}

	@Test
	void onlyColumnsOfClassesAreLabelled() {
		for (String column : List.of("tier", "loyaltyClass", "frequencyClass", "rfmSegment")) {
			assertTrue(ClassLabels.isClassColumn(column), column + " holds class codes.");
		}
		assertTrue(ClassLabels.isClassColumn("purpose"), "Travel purposes are codes too.");
		assertFalse(ClassLabels.isClassColumn("name"), "Names are never relabelled.");
		assertFalse(ClassLabels.isClassColumn("customer"), "Ids are never relabelled.");
	}

	@Test
	void everyCodeHasAChineseLabel() throws IOException {
		Properties chinese = new Properties();
		try (InputStream in = ClassLabels.class.getResourceAsStream("class-labels_zh.properties")) {
			assertNotNull(in, "The Chinese labels ship with the bundle.");
			chinese.load(in);
		}
		List<String> codes = new ArrayList<>();
		Stream.of(FrequencyClass.values(), LoyaltyClass.values(), ValueTier.values(),
				RfmSegment.values(), TravelPurpose.values()).flatMap(Stream::of)
				.forEach(code -> codes.add(code.name()));
		codes.addAll(List.of("INDIVIDUAL", "ORGANIZATION"));
		for (String code : codes) {
			String label = chinese.getProperty(code);
			assertNotNull(label, code + " has a Chinese label.");
			assertFalse(StandardCharsets.US_ASCII.newEncoder().canEncode(label),
					code + " is translated, not copied: " + label);
		}
		assertEquals(codes.size(), chinese.size(), "No label for a code that does not exist.");
	}
}
