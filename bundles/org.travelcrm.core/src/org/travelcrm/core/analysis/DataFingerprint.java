package org.travelcrm.core.analysis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.travelcrm.model.Agency;
import org.travelcrm.model.Booking;
import org.travelcrm.model.Customer;
import org.travelcrm.model.IndividualTourist;
import org.travelcrm.model.Survey;
import org.travelcrm.model.TravelProduct;

/**
 * A fingerprint (SHA-256, in hex) of everything in an agency that analyses read: customers
 * and their attributes, products, bookings and surveys. Equal data gives an equal
 * fingerprint; any change an analysis could see changes it. Goals, campaigns, segments and
 * snapshots are left out.
 */
public final class DataFingerprint {

	private final MessageDigest digest;

	private DataFingerprint() {
		try {
			digest = MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The fingerprint of an agency's data. */
	public static String of(Agency agency) {
		DataFingerprint print = new DataFingerprint();
		print.add(agency.getTimeZone());
		for (Customer customer : agency.getCustomers()) {
			print.add(customer.eClass().getName()).add(customer.getExternalId())
					.add(customer.getCountry()).add(customer.getCity())
					.add(customer.getAcquisitionChannel())
					.add(Boolean.toString(customer.isMarketingConsent()))
					.add(String.valueOf(customer.getTags()))
					.add(customer instanceof IndividualTourist person
							? String.valueOf(person.getTravelPurpose())
							: null);
		}
		for (TravelProduct product : agency.getProducts()) {
			print.add(product.getCode()).add(String.valueOf(product.getKind()))
					.add(product.getDestination());
		}
		for (Booking booking : agency.getBookings()) {
			print.add(booking.getExternalId())
					.add(booking.getCustomer() == null ? null
							: booking.getCustomer().getExternalId())
					.add(String.valueOf(booking.getBookedDate()))
					.add(String.valueOf(booking.getDepartureDate()))
					.add(Integer.toString(booking.getTravellers()))
					.add(booking.getAmount() == null ? null : booking.getAmount().toPlainString())
					.add(booking.getCost() == null ? null : booking.getCost().toPlainString())
					.add(String.valueOf(booking.getStatus())).add(booking.getSalesChannel());
			print.add(booking.getProduct() == null ? null : booking.getProduct().getCode());
			for (TravelProduct product : booking.getExtraProducts()) {
				print.add(product.getCode());
			}
		}
		for (Survey survey : agency.getSurveys()) {
			print.add(survey.getCustomer() == null ? null : survey.getCustomer().getExternalId())
					.add(String.valueOf(survey.getDate()))
					.add(Integer.toString(survey.getScore()))
					.add(String.valueOf(survey.getScale()))
					.add(Boolean.toString(survey.isComplaint()));
		}
		return HexFormat.of().formatHex(print.digest.digest());
	}

	private DataFingerprint add(String text) {
		if (text == null) {
			digest.update((byte) 0);
		} else {
			digest.update(text.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 1);
		}
		return this;
	}
}
