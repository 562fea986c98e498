package org.travelcrm.core.segments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.travelcrm.core.analysis.AnalysisContext;
import org.travelcrm.core.analysis.AnalysisDescriptor;
import org.travelcrm.core.analysis.AnalysisParameters;
import org.travelcrm.core.analysis.DataFingerprint;
import org.travelcrm.core.analysis.Purchases;
import org.travelcrm.core.internal.analysis.BuiltInAnalyses;
import org.travelcrm.core.internal.analysis.CustomerAttributes;
import org.travelcrm.core.internal.analysis.Frequency;
import org.travelcrm.core.internal.analysis.FrequencyAnalysis;
import org.travelcrm.core.internal.analysis.Loyalty;
import org.travelcrm.core.internal.analysis.LoyaltyAnalysis;
import org.travelcrm.core.internal.analysis.Rfm;
import org.travelcrm.core.internal.analysis.RfmAnalysis;
import org.travelcrm.core.internal.analysis.Tiering;
import org.travelcrm.core.internal.analysis.ValueTierAnalysis;
import org.travelcrm.model.Customer;
import org.travelcrm.model.CrmFactory;
import org.travelcrm.model.CriterionOperator;
import org.travelcrm.model.MemberSnapshot;
import org.travelcrm.model.Segment;
import org.travelcrm.model.SegmentCriterion;

/**
 * Finds the members of segments: the customers for whom every criterion holds.
 * <p>
 * A criterion compares one property of a customer with its values. Properties:
 * {@code kind} (INDIVIDUAL or ORGANIZATION), {@code tier}, {@code loyalty},
 * {@code frequency}, {@code rfmSegment} (class names; NONE for a customer without one),
 * {@code purpose}, {@code country}, {@code city}, {@code channel} (acquisition channel),
 * {@code consent} (true or false), {@code tag}, and the numbers {@code contribution},
 * {@code purchases} (in the frequency window) and {@code recency} (days since the last
 * purchase in the look-back window). Operators: IN and NOT_IN compare text ignoring case (a
 * tag criterion holds when any tag is in the values); AT_LEAST and AT_MOST compare a number
 * with the first value (never true for a customer without that number); CONTAINS holds when
 * the text contains any of the values, ignoring case.
 * <p>
 * The classifications use the analyses' parameters: those given, else the agency's analysis
 * settings, else the defaults.
 */
@SuppressWarnings("nls")
public final class SegmentEvaluator {

	private static final String NONE = "NONE"; //$NON-NLS-1$
	private static final String FREQUENCY_LOOKBACK = "frequency.lookbackDays"; //$NON-NLS-1$

	/** The properties a criterion can compare. */
	public static final List<String> PROPERTIES = List.of("kind", "tier", "loyalty",
			"frequency", "rfmSegment", "purpose", "country", "city", "channel", "consent", "tag",
			"contribution", "purchases", "recency"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private final AnalysisContext context;
	private final Map<String, String> given;

	/**
	 * @param given parameter values for the classifications (names as the analyses declare
	 *              them), may be empty
	 */
	public SegmentEvaluator(AnalysisContext context, Map<String, String> given) {
		this.context = context;
		this.given = Map.copyOf(given);
	}

	/** The number of members, as the live count beside a segment. */
	public int count(Segment segment, IProgressMonitor monitor) {
		return members(segment, monitor).size();
	}

	/**
	 * The members in the agency's order.
	 *
	 * @throws IllegalArgumentException    when a criterion names an unknown property or
	 *                                     compares a number with something else
	 * @throws OperationCanceledException when cancelled
	 */
	public List<Customer> members(Segment segment, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, segment.getCriteria().size() + 1);
		Purchases purchases = context.purchases();
		int n = purchases.customerCount();
		boolean[] member = new boolean[n];
		Arrays.fill(member, true);
		for (SegmentCriterion criterion : segment.getCriteria()) {
			IntFunction<Object> property = property(criterion.getProperty(), progress.split(1));
			for (int c = 0; c < n; c++) {
				if (member[c] && !holds(criterion, property.apply(c))) {
					member[c] = false;
				}
			}
		}
		List<Customer> members = new ArrayList<>();
		for (int c = 0; c < n; c++) {
			if (member[c]) {
				members.add(purchases.customer(c));
			}
		}
		progress.done();
		return members;
	}

	/**
	 * Freezes the members with the as-of date, the parameters and the data fingerprint, for a
	 * campaign. The snapshot is detached: the caller adds it to the segment or campaign.
	 */
	public MemberSnapshot freeze(Segment segment, IProgressMonitor monitor) {
		MemberSnapshot snapshot = CrmFactory.eINSTANCE.createMemberSnapshot();
		snapshot.getMembers().addAll(members(segment, monitor));
		snapshot.setAsOf(context.asOf());
		snapshot.setTakenAt(Instant.now());
		snapshot.setDataFingerprint(DataFingerprint.of(context.agency()));
		snapshot.getParameters().putAll(parameters(ValueTierAnalysis.ID).asMap());
		snapshot.getParameters().putAll(parameters(LoyaltyAnalysis.ID).asMap());
		AnalysisParameters frequency = parameters(FrequencyAnalysis.ID);
		snapshot.getParameters().put(FREQUENCY_LOOKBACK, frequency.text("lookbackDays")); //$NON-NLS-1$
		snapshot.getParameters().put("multipleThreshold", //$NON-NLS-1$
				frequency.text("multipleThreshold")); //$NON-NLS-1$
		return snapshot;
	}

	private AnalysisParameters parameters(String analysisId) {
		AnalysisDescriptor descriptor = BuiltInAnalyses.CATALOG.find(analysisId);
		Map<String, String> declared = new HashMap<>();
		given.forEach((name, value) -> {
			if (descriptor.parameter(name) != null) {
				declared.put(name, value);
			}
		});
		return descriptor.resolve(context, declared);
	}

	private IntFunction<Object> property(String name, IProgressMonitor monitor) {
		Purchases purchases = context.purchases();
		switch (name == null ? "" : name) { //$NON-NLS-1$
		case "kind": //$NON-NLS-1$
			return c -> CustomerAttributes.buyerUnit(purchases.customer(c));
		case "tier": { //$NON-NLS-1$
			Tiering tiering = Tiering.of(context, parameters(ValueTierAnalysis.ID), monitor);
			return c -> orNone(tiering.tiers[c]);
		}
		case "loyalty": { //$NON-NLS-1$
			Loyalty loyalty = Loyalty.of(context, parameters(LoyaltyAnalysis.ID), monitor);
			return c -> loyalty.classes[c] == null ? NONE : loyalty.classes[c].name();
		}
		case "frequency": { //$NON-NLS-1$
			Frequency frequency = Frequency.of(context, parameters(FrequencyAnalysis.ID), monitor);
			return c -> frequency.classes[c].name();
		}
		case "purchases": { //$NON-NLS-1$
			Frequency frequency = Frequency.of(context, parameters(FrequencyAnalysis.ID), monitor);
			return c -> BigDecimal.valueOf(frequency.totals.counts[c]);
		}
		case "rfmSegment": { //$NON-NLS-1$
			Rfm rfm = Rfm.of(context, parameters(RfmAnalysis.ID), monitor);
			return c -> rfm.segments[c] == null ? NONE : rfm.segments[c].name();
		}
		case "recency": { //$NON-NLS-1$
			Rfm rfm = Rfm.of(context, parameters(RfmAnalysis.ID), monitor);
			return c -> rfm.isBuyer(c) ? BigDecimal.valueOf(rfm.recency[c]) : null;
		}
		case "contribution": { //$NON-NLS-1$
			Tiering tiering = Tiering.of(context, parameters(ValueTierAnalysis.ID), monitor);
			return c -> tiering.totals.values[c];
		}
		case "purpose": //$NON-NLS-1$
			return c -> CustomerAttributes.purpose(purchases.customer(c));
		case "country": //$NON-NLS-1$
			return c -> CustomerAttributes.orUnspecified(purchases.customer(c).getCountry());
		case "city": //$NON-NLS-1$
			return c -> CustomerAttributes.orUnspecified(purchases.customer(c).getCity());
		case "channel": //$NON-NLS-1$
			return c -> CustomerAttributes
					.orUnspecified(purchases.customer(c).getAcquisitionChannel());
		case "consent": //$NON-NLS-1$
			return c -> Boolean.toString(purchases.customer(c).isMarketingConsent());
		case "tag": //$NON-NLS-1$
			return c -> purchases.customer(c).getTags();
		default:
			throw new IllegalArgumentException(NLS.bind(Messages.Segment_unknownProperty, name,
					String.join(", ", PROPERTIES))); //$NON-NLS-1$
		}
	}

	private static String orNone(String value) {
		return value == null ? NONE : value;
	}

	private static boolean holds(SegmentCriterion criterion, Object value) {
		List<String> values = criterion.getValues();
		if (value instanceof List<?> tags) {
			if (criterion.getOperator() == CriterionOperator.NOT_IN) {
				return tags.stream().noneMatch(tag -> contains(values, String.valueOf(tag)));
			}
			return tags.stream().anyMatch(tag -> holds(criterion, String.valueOf(tag), values));
		}
		if (value == null || value instanceof BigDecimal) {
			return compare(criterion, (BigDecimal) value);
		}
		return holds(criterion, (String) value, values);
	}

	private static boolean holds(SegmentCriterion criterion, String value, List<String> values) {
		return switch (criterion.getOperator()) {
		case IN -> contains(values, value);
		case NOT_IN -> !contains(values, value);
		case CONTAINS -> values.stream().anyMatch(each -> value.toLowerCase(Locale.ROOT)
				.contains(each.toLowerCase(Locale.ROOT)));
		case AT_LEAST, AT_MOST -> throw new IllegalArgumentException(NLS.bind(
				Messages.Segment_notANumber, criterion.getProperty(), criterion.getOperator()));
		};
	}

	private static boolean compare(SegmentCriterion criterion, BigDecimal value) {
		switch (criterion.getOperator()) {
		case AT_LEAST, AT_MOST:
			if (criterion.getValues().isEmpty()) {
				throw new IllegalArgumentException(NLS.bind(Messages.Segment_notANumber,
						criterion.getProperty(), criterion.getOperator()));
			}
			BigDecimal limit;
			try {
				limit = new BigDecimal(criterion.getValues().get(0).trim());
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException(NLS.bind(Messages.Segment_notANumber,
						criterion.getProperty(), criterion.getOperator()), e);
			}
			if (value == null) {
				return false;
			}
			int order = value.compareTo(limit);
			return criterion.getOperator() == CriterionOperator.AT_LEAST
					? order >= 0
					: order <= 0;
		default:
			String text = value == null ? NONE : value.toPlainString();
			return holds(criterion, text, criterion.getValues());
		}
	}

	private static boolean contains(List<String> values, String value) {
		for (String each : values) {
			if (each.trim().equalsIgnoreCase(value)) {
				return true;
			}
		}
		return false;
	}
}
