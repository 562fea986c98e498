package org.travelcrm.core.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.travelcrm.core.analysis.AnalysisResult;
import org.travelcrm.core.analysis.CustomerValues;
import org.travelcrm.model.Customer;
import org.travelcrm.model.IndividualTourist;
import org.travelcrm.model.Organization;

/**
 * Customers with their contact fields and computed classes as CSV that spreadsheet programs
 * open correctly: UTF-8 with a byte order mark, comma-separated, CRLF line ends, fields quoted
 * where needed, decimals with a point. A text that a spreadsheet would run as a formula (it
 * starts with =, +, - or @) is written with a leading apostrophe.
 */
@SuppressWarnings("nls")
public final class CustomerCsv {

	/** The columns written, in order. */
	public static final List<String> HEADER = List.of("id", "kind", "name", "phone", "email",
			"city", "country", "purpose", "marketingConsent", "purchases", "contribution",
			"lastPurchase", "frequencyClass", "loyaltyClass", "valueTier", "rfmSegment");

	private static final String FREQUENCY = "org.travelcrm.core.analysis.frequency"; //$NON-NLS-1$
	private static final String LOYALTY = "org.travelcrm.core.analysis.loyalty"; //$NON-NLS-1$
	private static final String TIER = "org.travelcrm.core.analysis.valueTier"; //$NON-NLS-1$
	private static final String RFM = "org.travelcrm.core.analysis.rfm"; //$NON-NLS-1$

	private CustomerCsv() {
	}

	/**
	 * Writes customers.
	 *
	 * @param results the results of the frequency, loyalty, value tier and RFM analyses by id;
	 *                missing ones leave their columns empty
	 */
	public static void write(List<? extends Customer> customers,
			Map<String, AnalysisResult> results, Writer out) throws IOException {
		CustomerValues frequency = values(results, FREQUENCY);
		CustomerValues loyalty = values(results, LOYALTY);
		CustomerValues tier = values(results, TIER);
		CustomerValues rfm = values(results, RFM);
		out.write('\uFEFF');
		row(out, HEADER.toArray());
		for (Customer customer : customers) {
			String id = customer.getExternalId();
			Object purpose = customer instanceof IndividualTourist person
					? person.getTravelPurpose() : null;
			row(out, id, customer instanceof Organization ? "ORGANIZATION" : "INDIVIDUAL",
					customer.getName(), customer.getPhone(), customer.getEmail(),
					customer.getCity(), customer.getCountry(), purpose,
					customer.isMarketingConsent(), frequency.get(id, "purchases"), //$NON-NLS-1$
					tier.get(id, "contribution"), loyalty.get(id, "lastPurchase"), //$NON-NLS-1$ //$NON-NLS-2$
					frequency.get(id, "frequencyClass"), loyalty.get(id, "loyaltyClass"),
					tier.get(id, "tier"), rfm.get(id, "rfmSegment")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		out.flush();
	}

	private static CustomerValues values(Map<String, AnalysisResult> results, String id) {
		AnalysisResult result = results.get(id);
		return result == null ? CustomerValues.NONE : result.customers();
	}

	private static void row(Writer out, Object... cells) throws IOException {
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				out.write(',');
			}
			out.write(field(cells[i]));
		}
		out.write("\r\n"); //$NON-NLS-1$
	}

	private static String field(Object value) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		String text = value instanceof BigDecimal decimal ? decimal.toPlainString()
				: value.toString();
		if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 //$NON-NLS-1$
				&& !(value instanceof BigDecimal) && !(value instanceof Number)) {
			text = '\'' + text;
		}
		if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
				|| text.indexOf('\r') >= 0) {
			return '"' + text.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
		}
		return text;
	}
}
