package org.travelcrm.core.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.travelcrm.model.Customer;

/**
 * Finds customers that appear to be the same, by grouping them on normalised keys (name, phone,
 * email; see {@link CustomerKeys}). Two customers are in one group when they share a key, or
 * are linked through others that do. Only customers of the same kind (person or organisation)
 * are grouped, as only those can be merged.
 * <p>
 * A name is shared by many different people, so a shared name alone links two customers only
 * when nothing tells them apart: when both have a phone, the phones must be the same, and when
 * both have an email, so must the emails. Two "Wang Wei" with different phones are two people.
 * <p>
 * The work is linear in the number of customers: every key is put into a hash map once, and
 * groups are joined with a union-find; no two customers are ever compared pairwise.
 */
public final class DuplicateFinder {

	private DuplicateFinder() {
	}

	/** The groups of two or more customers, ordered by their first customer. */
	public static List<DuplicateGroup> find(List<? extends Customer> customers) {
		int size = customers.size();
		int[] parent = new int[size];
		for (int i = 0; i < size; i++) {
			parent[i] = i;
		}
		List<Bucket> shared = new ArrayList<>();
		bucket(customers, MatchedField.NAME, c -> CustomerKeys.name(c.getName()), true, parent,
				shared);
		bucket(customers, MatchedField.PHONE, c -> CustomerKeys.phone(c.getPhone()), false,
				parent, shared);
		bucket(customers, MatchedField.EMAIL, c -> CustomerKeys.email(c.getEmail()), false,
				parent, shared);
		shared.sort((a, b) -> Integer.compare(a.indexes.get(0), b.indexes.get(0)));

		Map<Integer, List<Customer>> members = new LinkedHashMap<>();
		Map<Integer, List<DuplicateGroup.Match>> matches = new HashMap<>();
		boolean[] matched = new boolean[size];
		for (Bucket bucket : shared) {
			for (int i : bucket.indexes) {
				matched[i] = true;
			}
		}
		for (int i = 0; i < size; i++) {
			if (matched[i]) {
				members.computeIfAbsent(root(parent, i), r -> new ArrayList<>())
						.add(customers.get(i));
			}
		}
		for (Bucket bucket : shared) {
			List<Customer> sharing = bucket.indexes.stream().<Customer>map(customers::get)
					.toList();
			matches.computeIfAbsent(root(parent, bucket.indexes.get(0)), r -> new ArrayList<>())
					.add(new DuplicateGroup.Match(bucket.field, bucket.key, sharing));
		}
		List<DuplicateGroup> groups = new ArrayList<>();
		members.forEach((root, list) -> groups.add(new DuplicateGroup(List.copyOf(list),
				List.copyOf(matches.get(root)))));
		return groups;
	}

	/** The customers sharing one key. */
	private record Bucket(MatchedField field, String key, List<Integer> indexes) {
	}

	/**
	 * Puts customers with the same key into buckets. Within one key, a customer joins the first
	 * bucket it is not told apart from, and starts a bucket of its own otherwise; buckets of two
	 * or more are shared keys.
	 */
	private static void bucket(List<? extends Customer> customers, MatchedField field,
			Function<Customer, String> key, boolean byContacts, int[] parent,
			List<Bucket> shared) {
		Map<String, List<Candidates>> byKey = new HashMap<>();
		for (int i = 0; i < customers.size(); i++) {
			Customer customer = customers.get(i);
			String value = key.apply(customer);
			if (value == null) {
				continue;
			}
			String phone = byContacts ? CustomerKeys.phone(customer.getPhone()) : null;
			String email = byContacts ? CustomerKeys.email(customer.getEmail()) : null;
			// The kind is part of the key: a person and an organisation never merge.
			List<Candidates> buckets = byKey.computeIfAbsent(
					customer.eClass().getName() + '\u0000' + value, k -> new ArrayList<>(1));
			Candidates joined = null;
			for (Candidates bucket : buckets) {
				if (bucket.admits(phone, email)) {
					joined = bucket;
					break;
				}
			}
			if (joined == null) {
				joined = new Candidates();
				buckets.add(joined);
			}
			joined.add(i, phone, email);
		}
		byKey.forEach((k, buckets) -> {
			for (Candidates bucket : buckets) {
				List<Integer> indexes = bucket.indexes;
				if (indexes.size() > 1) {
					for (int i : indexes.subList(1, indexes.size())) {
						union(parent, indexes.get(0), i);
					}
					shared.add(new Bucket(field, k.substring(k.indexOf('\u0000') + 1), indexes));
				}
			}
		});
	}

	/**
	 * Customers with one key that nothing tells apart: all phones they have are one phone and
	 * all emails one email.
	 */
	private static final class Candidates {
		final List<Integer> indexes = new ArrayList<>(2);
		String phone;
		String email;

		boolean admits(String otherPhone, String otherEmail) {
			return (phone == null || otherPhone == null || phone.equals(otherPhone))
					&& (email == null || otherEmail == null || email.equals(otherEmail));
		}

		void add(int index, String newPhone, String newEmail) {
			indexes.add(index);
			phone = phone == null ? newPhone : phone;
			email = email == null ? newEmail : email;
		}
	}

	private static int root(int[] parent, int i) {
		int root = i;
		while (parent[root] != root) {
			root = parent[root];
		}
		while (parent[i] != root) {
			int next = parent[i];
			parent[i] = root;
			i = next;
		}
		return root;
	}

	private static void union(int[] parent, int a, int b) {
		int rootA = root(parent, a);
		int rootB = root(parent, b);
		if (rootA != rootB) {
			parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
		}
	}
}
