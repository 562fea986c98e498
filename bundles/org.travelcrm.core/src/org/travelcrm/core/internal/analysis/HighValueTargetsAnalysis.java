package org.travelcrm.core.internal.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.core.runtime.SubMonitor;
import org.travelcrm.core.analysis.AnalysisRequest;
import org.travelcrm.core.analysis.AnalysisResult;
import org.travelcrm.core.analysis.ChartKind;
import org.travelcrm.core.analysis.Column;
import org.travelcrm.core.analysis.ParameterNames;
import org.travelcrm.core.analysis.Purchases;
import org.travelcrm.core.analysis.ResultTable;
import org.travelcrm.core.analysis.RfmSegment;
import org.travelcrm.core.analysis.TierPolicy;
import org.travelcrm.model.Customer;

/**
 * A ranked list of high-value buyers to hand to a campaign.
 * <p>
 * A target is a buyer in the look-back window whose tier is one of the two most valuable
 * (KEY or MAJOR, or A under the ABC policy) or whose RFM segment is champions, loyal
 * customers, potential loyalists or cannot-lose, and whose travel purpose is among the given
 * purposes (all when none is given). Targets are ranked by tier, then by the sum of their RFM
 * scores (descending), then by contribution (descending), then by external id.
 */
@SuppressWarnings("nls")
public final class HighValueTargetsAnalysis extends BuiltInAnalysis {

	public static final String ID = "org.travelcrm.core.analysis.highValueTargets"; //$NON-NLS-1$

	private static final Set<RfmSegment> VALUABLE_SEGMENTS = EnumSet.of(RfmSegment.CHAMPIONS,
			RfmSegment.LOYAL_CUSTOMERS, RfmSegment.POTENTIAL_LOYALISTS, RfmSegment.CANNOT_LOSE);

	@Override
	AnalysisResult compute(AnalysisRequest request, SubMonitor monitor) {
		Purchases purchases = request.context().purchases();
		Tiering tiering = Tiering.of(request.context(), request.parameters(), monitor);
		Rfm rfm = Rfm.of(request.context(), request.parameters(), monitor);
		Set<String> purposes = new HashSet<>();
		for (String purpose : request.parameters().text(ParameterNames.PURPOSES).split(",")) {
			if (!purpose.isBlank()) {
				purposes.add(purpose.trim());
			}
		}
		int topTiers = tiering.policy == TierPolicy.ABC ? 1 : 2;

		List<Integer> targets = new ArrayList<>();
		int n = purchases.customerCount();
		for (int c = 0; c < n; c++) {
			Progress.check(monitor, c);
			if (!rfm.isBuyer(c)) {
				continue;
			}
			boolean valuable = tiering.classes.indexOf(tiering.tiers[c]) < topTiers
					|| VALUABLE_SEGMENTS.contains(rfm.segments[c]);
			String purpose = CustomerAttributes.purpose(purchases.customer(c));
			if (valuable && (purposes.isEmpty() || purposes.contains(purpose))) {
				targets.add(c);
			}
		}
		targets.sort(Comparator
				.comparingInt((Integer c) -> tiering.classes.indexOf(tiering.tiers[c]))
				.thenComparing(c -> -(rfm.recencyScores[c] + rfm.frequencyScores[c]
						+ rfm.monetaryScores[c]))
				.thenComparing(c -> tiering.totals.values[c], Comparator.reverseOrder())
				.thenComparing(c -> String.valueOf(purchases.customerIds()[c])));

		ResultTable.Builder table = table("targets", Messages.Table_targets, Columns.RANK, //$NON-NLS-1$
				Columns.CUSTOMER, Columns.NAME, Columns.BUYER_UNIT, Columns.PURPOSE, Columns.TIER,
				Columns.RFM_SEGMENT, Columns.RFM_SCORE, Columns.CONTRIBUTION,
				Columns.LAST_PURCHASE);
		Map<String, Object[]> byPurpose = new TreeMap<>();
		Object[] ranks = new Object[n];
		long rank = 0;
		for (int c : targets) {
			Customer customer = purchases.customer(c);
			String purpose = CustomerAttributes.purpose(customer);
			ranks[c] = Long.valueOf(++rank);
			table.row(rank, customer.getExternalId(), customer.getName(),
					CustomerAttributes.buyerUnit(customer), purpose, tiering.tiers[c],
					rfm.segments[c].name(), rfm.scoreText(c), tiering.totals.values[c],
					lastPurchase(purchases, c));
			Object[] group = byPurpose.computeIfAbsent(purpose,
					key -> new Object[] { key, 0L, BigDecimal.ZERO });
			group[1] = (Long) group[1] + 1;
			group[2] = ((BigDecimal) group[2]).add(tiering.totals.values[c]);
		}
		ResultTable.Builder purposeTable = table("byPurpose", Messages.Table_byPurpose, //$NON-NLS-1$
				Columns.PURPOSE, Columns.CUSTOMERS, Columns.CONTRIBUTION);
		byPurpose.values().forEach(purposeTable::row);
		ResultTable builtPurposes = purposeTable.build();
		return request.newResult().table(table.build()).table(builtPurposes)
				.series(series("targetsByPurpose", Messages.Series_targetsByPurpose, //$NON-NLS-1$
						ChartKind.PIE, builtPurposes, Columns.PURPOSE.name(),
						Columns.CUSTOMERS.name()))
				.customers(customers(purchases, new Column[] { Columns.TARGET_RANK },
						new Object[][] { ranks }))
				.build();
	}
}
