package org.travelcrm.core.quality;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.travelcrm.model.Customer;

/**
 * Customers that appear to be one, and why: every normalised key that two or more of them share.
 *
 * @param customers the customers, in the agency's order
 * @param matches the shared keys
 */
public record DuplicateGroup(List<Customer> customers, List<Match> matches) {

	/**
	 * A key shared by several customers of the group.
	 *
	 * @param field the field the key comes from
	 * @param key the normalised value
	 * @param customers the customers that have it
	 */
	public record Match(MatchedField field, String key, List<Customer> customers) {
	}

	/** The fields that matched, each once, in the order NAME, PHONE, EMAIL. */
	public List<MatchedField> matchedFields() {
		List<MatchedField> fields = new ArrayList<>();
		for (MatchedField field : MatchedField.values()) {
			if (matches.stream().anyMatch(m -> m.field() == field)) {
				fields.add(field);
			}
		}
		return fields;
	}

	/** Says in the user's language which customers matched on what. */
	public String explanation() {
		List<String> parts = new ArrayList<>();
		for (Match match : matches) {
			List<String> ids = match.customers().stream().map(DuplicateGroup::label).toList();
			parts.add(NLS.bind(Messages.Duplicate_match, new Object[] { match.field().label(),
					match.key(), String.join(", ", ids) }));
		}
		return String.join("; ", parts);
	}

	static String label(Customer customer) {
		String id = customer.getExternalId();
		return id == null || id.isBlank() ? String.valueOf(customer.getName()) : id;
	}
}
