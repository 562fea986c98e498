package org.travelcrm.customers.ui.internal.form;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the customer form; see {@code messages*.properties}. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME =
			"org.travelcrm.customers.ui.internal.form.messages"; //$NON-NLS-1$

	public static String Form_wrongInput;
	public static String Form_profilePage;
	public static String Form_bookingsPage;
	public static String Form_surveysPage;
	public static String Form_interactionsPage;
	public static String Form_historyPage;
	public static String Form_addBooking;
	public static String Form_editBooking;
	public static String Form_cancelBooking;
	public static String Form_editBookingLabel;
	public static String Form_addLabel;
	public static String Form_recordComplaint;
	public static String Form_addSurvey;
	public static String Form_editSurvey;
	public static String Form_editSurveyLabel;
	public static String Form_deleteSurvey;
	public static String Form_logCall;
	public static String Form_logVisit;
	public static String Form_notePrompt;
	public static String Form_notAnswered;
	public static String Form_yes;
	public static String Field_externalId;
	public static String Field_name;
	public static String Field_phone;
	public static String Field_email;
	public static String Field_address;
	public static String Field_city;
	public static String Field_country;
	public static String Field_created;
	public static String Field_channel;
	public static String Field_consent;
	public static String Field_gender;
	public static String Field_birthDate;
	public static String Field_purpose;
	public static String Field_employer;
	public static String Field_noEmployer;
	public static String Field_industry;
	public static String Field_size;
	public static String Field_contactPersons;
	public static String Field_notes;
	public static String Column_contactName;
	public static String Column_contactRole;
	public static String Column_contactPhone;
	public static String Column_contactEmail;
	public static String Column_bookingId;
	public static String Column_booked;
	public static String Column_departure;
	public static String Column_return;
	public static String Column_products;
	public static String Column_travellers;
	public static String Column_amount;
	public static String Column_cost;
	public static String Column_status;
	public static String Column_channel;
	public static String Column_date;
	public static String Column_score;
	public static String Column_scale;
	public static String Column_complaint;
	public static String Column_booking;
	public static String Column_comment;
	public static String Column_kind;
	public static String Column_note;
	public static String Column_what;
	public static String Column_description;
	public static String History_booking;
	public static String History_bookingText;
	public static String History_survey;
	public static String History_complaint;
	public static String History_surveyText;
	public static String BookingDialog_addTitle;
	public static String SurveyDialog_addTitle;
	public static String SurveyDialog_editTitle;
	public static String SurveyDialog_complaintTitle;
	public static String SurveyDialog_message;
	public static String SurveyDialog_noDate;
	public static String SurveyDialog_scoreFive;
	public static String SurveyDialog_scoreTen;
	public static String SurveyDialog_hintFive;
	public static String SurveyDialog_hintTen;
	public static String SurveyDialog_noBooking;
	public static String SurveyDialog_complaint;
	public static String SurveyDialog_comment;
	public static String SurveyDialog_noComplaintText;
	public static String BookingDialog_editTitle;
	public static String BookingDialog_message;
	public static String BookingDialog_noProduct;

	public static String Form_classificationPage;
	public static String Classification_computing;
	public static String Classification_job;
	public static String Classification_asOf;
	public static String Classification_tier;
	public static String Classification_tierBoundary;
	public static String Classification_noTier;
	public static String Classification_loyalty;
	public static String Classification_loyaltyRule;
	public static String Classification_frequency;
	public static String Classification_rfm;
	public static String Classification_noRfm;
	public static String Classification_none;
	public static String Classification_failed;
	public static String Classification_failedDetail;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
