package org.travelcrm.core.campaigns;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.travelcrm.core.analysis.AnalysisResult;
import org.travelcrm.core.analysis.CustomerValues;
import org.travelcrm.core.analysis.ValueTier;
import org.travelcrm.model.Customer;

/**
 * How the customers of each value tier are best served (DESIGN section 1): key customers by a
 * personal account manager with tailored offers, major customers with loyalty benefits,
 * ordinary customers with targeted packages, small customers through low-cost digital channels.
 */
public final class TierGuidance {

	private static final String TIER_COLUMN = "tier"; //$NON-NLS-1$

	private TierGuidance() {
	}

	/** The advice for serving customers of a tier. */
	public static String advice(ValueTier tier) {
		return switch (tier) {
			case KEY -> Messages.TierGuidance_key;
			case MAJOR -> Messages.TierGuidance_major;
			case ORDINARY -> Messages.TierGuidance_ordinary;
			case SMALL -> Messages.TierGuidance_small;
		};
	}

	/**
	 * How many members fall in each tier, from a value-tier result; members without a tier
	 * (no purchase in the look-back window) are not counted. Every tier is in the map.
	 */
	public static Map<ValueTier, Integer> tierMix(AnalysisResult valueTiers,
			List<? extends Customer> members) {
		Map<ValueTier, Integer> mix = new EnumMap<>(ValueTier.class);
		for (ValueTier tier : ValueTier.values()) {
			mix.put(tier, 0);
		}
		CustomerValues values = valueTiers.customers();
		if (!values.hasColumn(TIER_COLUMN)) {
			return mix;
		}
		for (Customer member : members) {
			String tier = member.getExternalId() == null ? null
					: values.text(member.getExternalId(), TIER_COLUMN);
			for (ValueTier each : ValueTier.values()) {
				if (each.name().equals(tier)) {
					mix.merge(each, 1, Integer::sum);
				}
			}
		}
		return mix;
	}
}
