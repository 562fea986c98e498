package org.travelcrm.core.tests.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.travelcrm.core.quality.CustomerKeys;
import org.travelcrm.core.quality.DuplicateFinder;
import org.travelcrm.core.quality.DuplicateGroup;
import org.travelcrm.core.quality.MatchedField;
import org.travelcrm.model.Agency;
import org.travelcrm.model.CrmFactory;
import org.travelcrm.model.Customer;
import org.travelcrm.testing.FailOnLoggedErrors;

/**
 * Duplicate customers are found on normalised keys (NFKC, trimmed, case-folded names; phone
 * digits, full-width ones included; lower-case email), only among customers of one kind, and
 * every group says which fields matched.
 */
@ExtendWith(FailOnLoggedErrors.class)
class DuplicateFinderTest {

	private final Agency agency = CrmFactory.eINSTANCE.createAgency();

	@Test
	void findsNamesThatDifferOnlyInSpacesAndCase() {
		Customer padded = person("C1", " Wang Wei ", null, null);
		Customer shouting = person("C2", "WANG  WEI", null, null);
		person("C3", "Wang Wen", null, null);

		List<DuplicateGroup> groups = DuplicateFinder.find(agency.getCustomers());

		assertEquals(1, groups.size(), "Only the two Wang Weis are one customer.");
		assertEquals(List.of(padded, shouting), groups.get(0).customers(),
				"The group holds both, in the agency's order.");
		assertEquals(List.of(MatchedField.NAME), groups.get(0).matchedFields(),
				"They matched on the name.");
		assertTrue(groups.get(0).explanation().contains("wang wei"),
				"The explanation shows the normalised name: " + groups.get(0).explanation());
	}

	@Test
	void aSharedNameDoesNotJoinCustomersWithDifferentPhonesOrEmails() {
		Customer first = person("C1", "Wang Wei", "13800000001", null);
		person("C2", "WANG WEI", "13800000002", null);
		Customer noPhone = person("C3", "wang wei", null, null);
		person("C4", "Wang Wei", null, "wei@example.cn");
		person("C5", "Wang Wei", "13800000001", "other@example.cn");

		List<DuplicateGroup> groups = DuplicateFinder.find(agency.getCustomers());

		assertEquals(1, groups.size(), "Only customers nothing tells apart form a group: "
				+ groups);
		assertEquals(List.of(first, noPhone), groups.get(0).customers().subList(0, 2),
				"The first Wang Wei and the one without a phone are one customer.");
		assertTrue(groups.get(0).customers().size() == 4
				&& groups.get(0).customers().stream().noneMatch(
						c -> "C2".equals(c.getExternalId())),
				"The Wang Wei with another phone stays apart: " + groups.get(0).customers());
	}

	@Test
	void findsAFullWidthPhoneAndItsAsciiTwin() {
		Customer fullWidth = person("C1", "\u674E\u5A1C",
				"\uFF11\uFF13\uFF19\uFF10\uFF10\uFF10\uFF10\uFF11\uFF11\uFF11\uFF11", null);
		Customer ascii = person("C2", "Li Na", "139-0000-1111", null);

		List<DuplicateGroup> groups = DuplicateFinder.find(agency.getCustomers());

		assertEquals(1, groups.size(), "The two phones are one number.");
		assertEquals(List.of(fullWidth, ascii), groups.get(0).customers(),
				"Both customers are in the group.");
		assertEquals(List.of(MatchedField.PHONE), groups.get(0).matchedFields(),
				"They matched on the phone, not the name.");
		assertEquals("13900001111", CustomerKeys.phone("\uFF11\uFF13\uFF19\uFF10\uFF10\uFF10"
				+ "\uFF10\uFF11\uFF11\uFF11\uFF11"), "Full-width digits become ASCII digits.");
		assertEquals("13900001111", CustomerKeys.phone("+86 139 0000 1111"),
				"The country code before a mainland mobile number is dropped.");
		assertEquals("13900001111", CustomerKeys.phone("0086-13900001111"),
				"So is its international prefix.");
	}

	@Test
	void joinsCustomersLinkedThroughDifferentFields() {
		Customer a = person("C1", "Zhang San", "13700001111", null);
		Customer b = person("C2", "San Zhang", "137 0000 1111", "ZS@Example.cn");
		Customer c = person("C3", "Z. San", null, "zs@example.CN ");

		List<DuplicateGroup> groups = DuplicateFinder.find(agency.getCustomers());

		assertEquals(1, groups.size(), "A and C are linked through B.");
		assertEquals(List.of(a, b, c), groups.get(0).customers(), "All three are in one group.");
		assertEquals(List.of(MatchedField.PHONE, MatchedField.EMAIL),
				groups.get(0).matchedFields(), "Phone and email matched.");
	}

	@Test
	void neverGroupsAPersonWithAnOrganisation() {
		person("C1", "Blue Sky Travel", null, null);
		Customer organization = CrmFactory.eINSTANCE.createOrganization();
		organization.setExternalId("O1");
		organization.setName("Blue Sky Travel");
		agency.getCustomers().add(organization);

		assertTrue(DuplicateFinder.find(agency.getCustomers()).isEmpty(),
				"A person and an organisation of one name cannot be merged.");
	}

	private Customer person(String id, String name, String phone, String email) {
		Customer customer = CrmFactory.eINSTANCE.createIndividualTourist();
		customer.setExternalId(id);
		customer.setName(name);
		customer.setPhone(phone);
		customer.setEmail(email);
		agency.getCustomers().add(customer);
		return customer;
	}
}
