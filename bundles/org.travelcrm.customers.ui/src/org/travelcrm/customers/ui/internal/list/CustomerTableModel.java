package org.travelcrm.customers.ui.internal.list;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.travelcrm.model.Customer;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.RawCollationKey;
import com.ibm.icu.util.ULocale;

/**
 * The rows of the customer list, sorted and filtered in the model over index arrays, so that a
 * virtual table only asks for the rows it paints, however many customers there are.
 * <p>
 * Sorting ranks the values of a column once (text by the Chinese collator, so that Han names
 * sort in pinyin order whatever the system locale; codes such as ids in {@link NaturalOrder},
 * without collation keys), then sorts row numbers packed with their ranks as primitive longs.
 * Ranks are kept per column until the data changes, so sorting a column again or the other way
 * round costs one primitive sort. Ties keep the agency's order.
 * <p>
 * Filtering keeps the customers that have one of the chosen classes in each restricted column
 * (for example tier KEY or MAJOR, and loyalty WAVERING) and the typed text in one of the
 * searched columns, matching the rows on all cores.
 */
public final class CustomerTableModel {

	private static final int NO_RANK = 0;

	private final Collator collator;
	private final Map<CustomerColumn, int[]> ranks = new HashMap<>();
	private Customer[] all = new Customer[0];
	private int[] order = new int[0];
	private int[] visible = new int[0];
	private CustomerColumn sortColumn;
	private boolean ascending = true;
	private String filter = ""; //$NON-NLS-1$
	private List<CustomerColumn> filterColumns = List.of();
	private final Map<CustomerColumn, Set<String>> restrictions = new LinkedHashMap<>();

	public CustomerTableModel() {
		Collator chinese = Collator.getInstance(ULocale.SIMPLIFIED_CHINESE);
		chinese.setStrength(Collator.TERTIARY);
		collator = chinese.freeze();
	}

	/** Shows these customers, keeping the sort column and the filter. */
	public void setCustomers(List<? extends Customer> customers) {
		all = customers.toArray(Customer[]::new);
		ranks.clear();
		sortRows();
	}

	/** Values changed: sort keys are computed again on the next sort. */
	public void valuesChanged() {
		ranks.clear();
	}

	/** The number of rows shown (after filtering). */
	public int size() {
		return visible.length;
	}

	/** The number of customers, shown or not. */
	public int total() {
		return all.length;
	}

	/** The customer in a row shown. */
	public Customer get(int row) {
		return all[visible[row]];
	}

	/** The row showing a customer, or -1. */
	public int rowOf(Customer customer) {
		for (int row = 0; row < visible.length; row++) {
			if (all[visible[row]] == customer) {
				return row;
			}
		}
		return -1;
	}

	public CustomerColumn sortColumn() {
		return sortColumn;
	}

	public boolean ascending() {
		return ascending;
	}

	/** Sorts all rows by a column; {@code null} restores the agency's order. */
	public void sort(CustomerColumn column, boolean up) {
		sortColumn = column;
		ascending = up;
		sortRows();
	}

	/**
	 * Shows only customers with the text (ignoring case) in one of the given columns; an empty
	 * text shows all.
	 */
	public void setFilter(String text, List<CustomerColumn> columns) {
		filter = text == null ? "" : text.strip().toLowerCase(Locale.ROOT); //$NON-NLS-1$
		filterColumns = List.copyOf(columns);
		filterRows();
	}

	public String filter() {
		return filter;
	}

	/**
	 * Shows only customers whose value in a column, as the column shows it ({@code ""} for
	 * none), is one of these; an empty set lifts the restriction. Restrictions of different
	 * columns and the filter text all apply.
	 */
	public void restrict(CustomerColumn column, Set<String> texts) {
		if (texts.isEmpty()) {
			restrictions.remove(column);
		} else {
			restrictions.put(column, Set.copyOf(texts));
		}
		filterRows();
	}

	/** The texts a column is restricted to, empty when it is not. */
	public Set<String> restriction(CustomerColumn column) {
		return restrictions.getOrDefault(column, Set.of());
	}

	/** Lifts every restriction and clears the filter text. */
	public void clearFilters() {
		restrictions.clear();
		filter = ""; //$NON-NLS-1$
		filterRows();
	}

	/** Whether a filter text or a restriction hides customers, or could. */
	public boolean isFiltered() {
		return !filter.isEmpty() || !restrictions.isEmpty();
	}

	/** Whether any column is restricted to some of its classes. */
	public boolean isRestricted() {
		return !restrictions.isEmpty();
	}

	/** Filters again, after values the restrictions look at changed. */
	public void refilter() {
		filterRows();
	}

	/** How many customers, shown or not, have each text in a column ({@code ""} for none). */
	public Map<String, Long> countTexts(CustomerColumn column) {
		warmUp(List.of(column));
		return Arrays.stream(all).parallel()
				.collect(Collectors.groupingBy(column::text, Collectors.counting()));
	}

	private void sortRows() {
		int n = all.length;
		if (sortColumn == null) {
			order = new int[n];
			Arrays.setAll(order, i -> i);
		} else {
			int[] rank = ranks.computeIfAbsent(sortColumn, this::rank);
			long[] packed = new long[n];
			for (int i = 0; i < n; i++) {
				long key = ascending ? rank[i] : Integer.MAX_VALUE - rank[i];
				packed[i] = key << 32 | i;
			}
			Arrays.parallelSort(packed);
			order = new int[n];
			for (int i = 0; i < n; i++) {
				order[i] = (int) packed[i];
			}
		}
		filterRows();
	}

	private void filterRows() {
		if (!isFiltered()) {
			visible = order;
			return;
		}
		warmUp(filterColumns);
		warmUp(List.copyOf(restrictions.keySet()));
		// Columns only read the model, so rows are matched on all cores.
		boolean[] kept = new boolean[order.length];
		IntStream.range(0, order.length).parallel()
				.forEach(i -> kept[i] = matches(all[order[i]]));
		int count = 0;
		for (boolean keep : kept) {
			count += keep ? 1 : 0;
		}
		visible = new int[count];
		int next = 0;
		for (int i = 0; i < order.length; i++) {
			if (kept[i]) {
				visible[next++] = order[i];
			}
		}
	}

	/** Lets columns that compute their values lazily do so once, before the cores share them. */
	private void warmUp(List<CustomerColumn> columns) {
		if (all.length > 0) {
			columns.forEach(column -> column.value(all[0]));
		}
	}

	private boolean matches(Customer customer) {
		for (Map.Entry<CustomerColumn, Set<String>> restriction : restrictions.entrySet()) {
			if (!restriction.getValue().contains(restriction.getKey().text(customer))) {
				return false;
			}
		}
		if (filter.isEmpty()) {
			return true;
		}
		for (CustomerColumn column : filterColumns) {
			Object value = column.value(customer);
			if (value != null && containsIgnoreCase(value.toString(), filter)) {
				return true;
			}
		}
		return false;
	}

	private static boolean containsIgnoreCase(String text, String lowerNeedle) {
		int last = text.length() - lowerNeedle.length();
		for (int start = 0; start <= last; start++) {
			if (text.regionMatches(true, start, lowerNeedle, 0, lowerNeedle.length())) {
				return true;
			}
		}
		return false;
	}

	/** The rank of every customer's value in a column: equal values, equal ranks. */
	private int[] rank(CustomerColumn column) {
		warmUp(List.of(column));
		if (column.kind() == CustomerColumn.Kind.CODE) {
			String[] codes = new String[all.length];
			IntStream.range(0, all.length).parallel().forEach(i -> {
				Object value = column.value(all[i]);
				codes[i] = value == null ? null : value.toString();
			});
			return NaturalOrder.rank(codes);
		}
		Object[] values = new Object[all.length];
		IntStream.range(0, all.length).parallel().forEach(i -> values[i] = key(column, all[i]));
		Map<Object, Integer> distinct = new HashMap<>();
		for (Object value : values) {
			if (value != null) {
				distinct.putIfAbsent(value, NO_RANK);
			}
		}
		Object[] sorted = sortDistinct(distinct.keySet().toArray(), column.kind());
		for (int r = 0; r < sorted.length; r++) {
			// Rank 0 is for customers without a value: they come first.
			distinct.put(sorted[r], r + 1);
		}
		int[] rank = new int[all.length];
		IntStream.range(0, all.length).parallel().forEach(
				i -> rank[i] = values[i] == null ? NO_RANK : distinct.get(values[i]));
		return rank;
	}

	private static Object key(CustomerColumn column, Customer customer) {
		Object value = column.value(customer);
		if (value instanceof BigDecimal amount) {
			// 1.0 and 1.00 are one value.
			return amount.stripTrailingZeros();
		}
		return value;
	}

	private Object[] sortDistinct(Object[] values, CustomerColumn.Kind kind) {
		if (kind != CustomerColumn.Kind.TEXT) {
			Arrays.sort(values, CustomerTableModel::compareValues);
			return values;
		}
		// One collation key per distinct text, compared as unsigned bytes; the frozen collator
		// is shared by the worker threads. Columns of codes, where most values are distinct,
		// are ranked in natural order instead.
		Keyed[] keyed = new Keyed[values.length];
		ThreadLocal<RawCollationKey> buffers = ThreadLocal.withInitial(RawCollationKey::new);
		IntStream.range(0, values.length).parallel().forEach(i -> {
			RawCollationKey key = collator.getRawCollationKey(values[i].toString(),
					buffers.get());
			keyed[i] = new Keyed(Arrays.copyOf(key.bytes, key.size), values[i]);
		});
		Arrays.parallelSort(keyed, Comparator.comparing(Keyed::key, Arrays::compareUnsigned));
		Object[] sorted = new Object[values.length];
		for (int i = 0; i < keyed.length; i++) {
			sorted[i] = keyed[i].value();
		}
		return sorted;
	}

	private record Keyed(byte[] key, Object value) {
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static int compareValues(Object a, Object b) {
		if (a instanceof Number x && b instanceof Number y && !(a instanceof BigDecimal)) {
			return Double.compare(x.doubleValue(), y.doubleValue());
		}
		if (a instanceof LocalDate || a instanceof BigDecimal || a instanceof Comparable) {
			return ((Comparable) a).compareTo(b);
		}
		return a.toString().compareTo(b.toString());
	}
}
