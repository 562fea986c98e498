package org.travelcrm.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.travelcrm.model.Booking;
import org.travelcrm.model.CrmFactory;
import org.travelcrm.model.CrmPackage;
import org.travelcrm.model.impl.BookingImpl;
import org.travelcrm.model.values.NumberedIds;
import org.travelcrm.testing.FailOnLoggedErrors;

/**
 * Booking ids kept as a shared prefix and packed digits come back exactly as they were given.
 */
@ExtendWith(FailOnLoggedErrors.class)
class NumberedIdsTest {

	private static final EAttribute ID = CrmPackage.Literals.BOOKING__EXTERNAL_ID;

	@ParameterizedTest
	@ValueSource(strings = { "B0000001", "B0", "0", "007", "536365", "C536379", "SO-2026-000123",
			"订单0042", "𠮷1", "B00000000000000001", "99999999999999999", "100000000000000000",
			"123456789012345678901234", "A123456789012345678901234", "B-1", "-5", "B 12",
			"abcdefghijklmnopq123", "abcdefghijklmnop123", "x", "", "B１２３", "B12a",
			"B\u0661\u0662", "0000000000000000" })
	void aBookingGivesBackItsIdCharacterForCharacter(String id) {
		Booking booking = CrmFactory.eINSTANCE.createBooking();

		booking.setExternalId(id);

		assertEquals(id, booking.getExternalId(), "The id should come back unchanged.");
		assertEquals(id, booking.eGet(ID), "Also through eGet.");
		assertEquals(true, booking.eIsSet(ID), "It is set.");
		assertEquals(id.hashCode(), ((BookingImpl) booking).externalIdHash(),
				"The hash computed from the packed digits is the string's.");
	}

	@Test
	void packsOnlyTrailingAsciiDigitsAfterAShortPrefix() {
		assertNotEquals(0, NumberedIds.digits("B0000001"), "B0000001 is packed.");
		assertNotEquals(0, NumberedIds.digits("17"), "17 is packed.");
		assertEquals(0, NumberedIds.digits("B１２３"), "Full-width digits are kept as text.");
		assertEquals(0, NumberedIds.digits("B12a"), "An id ending in a letter is kept whole.");
		assertEquals(0, NumberedIds.digits("123456789012345678"), "18 digits are kept whole.");
		assertEquals(0, NumberedIds.digits("abcdefghijklmnopq1"), "A 17-character prefix too.");
		assertEquals(0, NumberedIds.digits(null), "No id, nothing packed.");
		assertNotEquals(NumberedIds.digits("B01"), NumberedIds.digits("B1"),
				"A leading zero is part of the packed digits.");
	}

	@Test
	void bookingsWithOnePrefixShareIt() {
		String first = NumberedIds.prefix("SO-2026-000123", NumberedIds.digits("SO-2026-000123"));
		String other = new String("SO-2026-999");
		String second = NumberedIds.prefix(other, NumberedIds.digits(other));

		assertEquals("SO-2026-", first, "The prefix is the text before the digits.");
		assertSame(first, second, "Both ids hold the same prefix string.");
		assertNull(NumberedIds.prefix("B12a", NumberedIds.digits("B12a")), "No digits, no prefix.");
	}

	@Test
	void idsWithMorePrefixesThanThePoolHoldsComeBackToo() {
		List<Booking> bookings = new ArrayList<>();
		for (int i = 0; i < NumberedIds.MAX_SHARED_PREFIXES + 500; i++) {
			Booking booking = CrmFactory.eINSTANCE.createBooking();
			booking.setExternalId("Q" + Integer.toString(i, 36) + "-" + String.format("%04d", i));
			bookings.add(booking);
		}

		for (int i = 0; i < bookings.size(); i++) {
			String id = "Q" + Integer.toString(i, 36) + "-" + String.format("%04d", i);
			assertEquals(id, bookings.get(i).getExternalId(), "Booking " + i + " keeps its id.");
			assertEquals(id.hashCode(), ((BookingImpl) bookings.get(i)).externalIdHash(),
					"Booking " + i + " gives the hash of its id.");
		}
	}

	@Test
	void noIdHasTheHashZero() {
		Booking booking = CrmFactory.eINSTANCE.createBooking();

		assertEquals(0, ((BookingImpl) booking).externalIdHash(), "No id, hash 0.");
	}

	@Test
	void anUnsetIdStaysUnset() {
		Booking booking = CrmFactory.eINSTANCE.createBooking();
		assertEquals(false, booking.eIsSet(ID), "Not set yet.");

		booking.setExternalId("B1");
		booking.eUnset(ID);

		assertNull(booking.getExternalId(), "Unset leaves no id.");
		assertEquals(false, booking.eIsSet(ID), "Unset.");
	}

	@Test
	void aChangeOfIdNotifiesTheOldAndNewIds() {
		Booking booking = CrmFactory.eINSTANCE.createBooking();
		booking.setExternalId("B0000041");
		List<Notification> seen = new ArrayList<>();
		booking.eAdapters().add(new AdapterImpl() {
			@Override
			public void notifyChanged(Notification notification) {
				seen.add(notification);
			}
		});

		booking.setExternalId("B-7");

		assertEquals(1, seen.size(), "One notification.");
		assertEquals("B0000041", seen.get(0).getOldValue(), "Old id.");
		assertEquals("B-7", seen.get(0).getNewValue(), "New id.");
		assertEquals("B-7", booking.getExternalId(), "The new id is kept.");
	}
}
