package org.travelcrm.customers.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.travelcrm.customers.ui.internal.list.CustomerColumns;
import org.travelcrm.customers.ui.internal.list.CustomerTableModel;
import org.travelcrm.customers.ui.internal.list.NaturalOrder;
import org.travelcrm.model.CrmFactory;
import org.travelcrm.model.Customer;
import org.travelcrm.model.IndividualTourist;
import org.travelcrm.testing.FailOnLoggedErrors;

/**
 * Codes such as customer ids sort in natural order (numbers by value, the rest by code point,
 * only equal codes tie), while names keep the Chinese pinyin collation.
 */
@ExtendWith(FailOnLoggedErrors.class)
class CustomerSortOrderTest {

	@Test
	void numbersInCodesCompareByValueAndUpperCaseComesFirst() {
		List<String> expected = List.of("", "7", "10", "A-9", "A-10", "C2", "C007", "C7", "C10",
				"C10a", "C10b", "X99999999999999999999", "X100000000000000000000", "c2", "c10",
				"\u00e91", "\u4e2d1");
		List<String> shuffled = new ArrayList<>(expected);
		Collections.shuffle(shuffled, new Random(5));

		shuffled.sort(NaturalOrder.INSTANCE);

		assertEquals(expected, shuffled, "Codes should sort in natural order: C2 < C10 < c2 < "
				+ "c10, digits by value however long, C007 just before C7.");
	}

	@Test
	void onlyEqualCodesTie() {
		assertEquals(0, NaturalOrder.INSTANCE.compare("C10", "C10"), "A code equals itself.");
		assertTrue(NaturalOrder.INSTANCE.compare("C007", "C7") < 0,
				"Codes of equal number value still differ; leading zeros decide, first.");
		assertTrue(NaturalOrder.INSTANCE.compare("C10", "c10") < 0,
				"Upper case comes before lower case, as in code point order.");
		assertTrue(NaturalOrder.INSTANCE.compare("A/", "A05") < 0
				&& NaturalOrder.INSTANCE.compare("A05", "A:") < 0,
				"Digits compare with other characters by their code points ('/' < '0' < ':').");
	}

	@Test
	void ranksAgreeWithTheOrderAndGiveEqualCodesOneRank() {
		String[] codes = { "C10", null, "C2", "C10", "c1", "C007", "C7" };

		int[] rank = NaturalOrder.rank(codes);

		assertArrayEquals(new int[] { 4, 0, 1, 4, 5, 2, 3 }, rank,
				"Ranks should follow the natural order, equal codes sharing one, none for null.");
	}

	@Test
	void ranksOfManyRandomCodesAgreeWithTheComparator() {
		SplittableRandom random = new SplittableRandom(11);
		String alphabet = "000123459aZz-/ \u00e9\u4e2d";
		String[] codes = new String[5_000];
		for (int i = 0; i < codes.length; i++) {
			StringBuilder code = new StringBuilder();
			for (int length = random.nextInt(14); length > 0; length--) {
				code.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			codes[i] = code.toString();
		}

		int[] rank = NaturalOrder.rank(codes);

		Integer[] rows = new Integer[codes.length];
		Arrays.setAll(rows, i -> i);
		Arrays.sort(rows, (a, b) -> NaturalOrder.INSTANCE.compare(codes[a], codes[b]));
		for (int i = 1; i < rows.length; i++) {
			int order = NaturalOrder.INSTANCE.compare(codes[rows[i - 1]], codes[rows[i]]);
			assertEquals(Integer.signum(order), Integer.signum(
					Integer.compare(rank[rows[i - 1]], rank[rows[i]])), "The ranks of "
							+ codes[rows[i - 1]] + " and " + codes[rows[i]]
							+ " should be in the comparator's order.");
		}
	}

	@Test
	void theListSortsIdsNaturallyAndNamesInPinyin() {
		// Chen, Ding, A, Zhou, Bao: in code point order Ding < Bao < Zhou < A < Chen.
		List<Customer> customers = List.of(customer("C10", "\u9648"), customer("c1", "\u4e01"),
				customer("C2", "\u963f"), customer(null, "\u5468"), customer("C1", "\u5305"));
		CustomerColumns columns = new CustomerColumns(false);
		CustomerTableModel model = new CustomerTableModel();
		model.setCustomers(customers);

		model.sort(columns.byId(CustomerColumns.EXTERNAL_ID), true);
		List<String> ids = new ArrayList<>();
		for (int row = 0; row < model.size(); row++) {
			ids.add(model.get(row).getExternalId());
		}
		assertEquals(Arrays.asList(null, "C1", "C2", "C10", "c1"), ids,
				"Ids should sort naturally, a customer without an id first.");

		model.sort(columns.byId(CustomerColumns.NAME), true);
		List<String> names = new ArrayList<>();
		for (int row = 0; row < model.size(); row++) {
			names.add(model.get(row).getName());
		}
		assertEquals(List.of("\u963f", "\u5305", "\u9648", "\u4e01", "\u5468"), names,
				"Names should sort in pinyin: \u963f (a) < \u5305 (bao) < \u9648 (chen) < "
						+ "\u4e01 (ding) < \u5468 (zhou), not in code point order.");
	}

	private static Customer customer(String id, String name) {
		IndividualTourist customer = CrmFactory.eINSTANCE.createIndividualTourist();
		customer.setExternalId(id);
		customer.setName(name);
		return customer;
	}
}
