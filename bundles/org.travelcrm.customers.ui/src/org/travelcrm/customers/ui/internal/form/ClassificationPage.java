package org.travelcrm.customers.ui.internal.form;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.travelcrm.core.analysis.AnalysisCatalog;
import org.travelcrm.core.analysis.AnalysisContext;
import org.travelcrm.core.analysis.AnalysisResult;
import org.travelcrm.core.analysis.Analyses;
import org.travelcrm.core.analysis.ClassLabels;
import org.travelcrm.core.analysis.CustomerValues;
import org.travelcrm.core.analysis.ResultTable;
import org.travelcrm.model.Customer;
import org.travelcrm.ui.agency.OpenAgency;

/**
 * Why the customer is in its value tier, loyalty class, purchase frequency class and RFM
 * segment: the numbers behind each class and the parameters they were computed with. The page
 * recomputes in a job when it is shown and after every change of the agency.
 */
@SuppressWarnings("nls")
public final class ClassificationPage {

	private static final String PREFIX = "org.travelcrm.core.analysis."; //$NON-NLS-1$

	private final OpenAgency agency;
	private final Customer customer;
	private final Text text;
	private final Job job;

	ClassificationPage(Composite parent, OpenAgency agency, Customer customer) {
		this.agency = agency;
		this.customer = customer;
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout());
		text = new Text(page, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		text.setText(Messages.Classification_computing);
		job = new Job(Messages.Classification_job) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				String explanation = explain(monitor);
				if (!text.isDisposed()) {
					text.getDisplay().asyncExec(() -> {
						if (!text.isDisposed()) {
							text.setText(explanation);
						}
					});
				}
				return Status.OK_STATUS;
			}
		};
	}

	Composite control() {
		return text.getParent();
	}

	/** The explanation shown now; for tests. */
	public String shownText() {
		return text.getText();
	}

	/** Computes again, a moment after the last change. */
	void refresh() {
		job.cancel();
		job.schedule(300);
	}

	/** Waits for a running computation; for tests. */
	public void join() throws InterruptedException {
		job.join();
	}

	private String explain(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 4);
		String id = customer.getExternalId();
		try {
			AnalysisCatalog catalog = Analyses.installed();
			AnalysisContext context = AnalysisContext.of(agency.getAgency());
			AnalysisResult tiers = run(catalog, "valueTier", context, progress); //$NON-NLS-1$
			AnalysisResult loyalty = run(catalog, "loyalty", context, progress); //$NON-NLS-1$
			AnalysisResult frequency = run(catalog, "frequency", context, progress); //$NON-NLS-1$
			AnalysisResult rfm = run(catalog, "rfm", context, progress); //$NON-NLS-1$
			StringBuilder out = new StringBuilder();
			out.append(NLS.bind(Messages.Classification_asOf, context.asOf())).append("\n\n"); //$NON-NLS-1$
			tier(out, tiers, id);
			loyalty(out, loyalty, id);
			frequency(out, frequency, id);
			rfm(out, rfm, id);
			return out.toString();
		} catch (CoreException | RuntimeException e) {
			ILog.of(ClassificationPage.class).error(Messages.Classification_failed, e);
			return NLS.bind(Messages.Classification_failedDetail, e.getMessage());
		}
	}

	private static AnalysisResult run(AnalysisCatalog catalog, String name,
			AnalysisContext context, SubMonitor progress) throws CoreException {
		return catalog.find(PREFIX + name).run(context, Map.of(), progress.split(1));
	}

	private static void tier(StringBuilder out, AnalysisResult result, String id) {
		CustomerValues values = result.customers();
		String tier = values.text(id, "tier"); //$NON-NLS-1$
		Object contribution = values.get(id, "contribution"); //$NON-NLS-1$
		if (tier == null) {
			out.append(NLS.bind(Messages.Classification_noTier,
					result.parameters().get("lookbackDays"))).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
			return;
		}
		out.append(NLS.bind(Messages.Classification_tier, new Object[] { ClassLabels.label(tier),
				plain(contribution),
				result.parameters().get("lookbackDays"), values.get(id, "rank"), //$NON-NLS-1$ //$NON-NLS-2$
				result.parameters().get("tierPolicy") })).append('\n'); //$NON-NLS-1$
		ResultTable table = result.table("tiers"); //$NON-NLS-1$
		if (table != null && table.columnIndex("lowestContribution") >= 0) { //$NON-NLS-1$
			int name = table.columnIndex("tier"); //$NON-NLS-1$
			int lowest = table.columnIndex("lowestContribution"); //$NON-NLS-1$
			for (List<Object> row : table.rows()) {
				out.append(NLS.bind(Messages.Classification_tierBoundary,
						ClassLabels.label(String.valueOf(row.get(name))), plain(row.get(lowest))))
						.append('\n');
			}
		}
		out.append('\n');
	}

	private static void loyalty(StringBuilder out, AnalysisResult result, String id) {
		CustomerValues values = result.customers();
		String loyalty = values.text(id, "loyaltyClass"); //$NON-NLS-1$
		out.append(NLS.bind(Messages.Classification_loyalty, new Object[] {
				loyalty == null ? Messages.Classification_none : ClassLabels.label(loyalty),
				values.get(id, "purchasesInWindow"), //$NON-NLS-1$
				result.parameters().get("activityWindowDays"), //$NON-NLS-1$
				plain(values.get(id, "firstPurchase")), plain(values.get(id, "lastPurchase")),
				result.parameters().get("newWindowDays") })) //$NON-NLS-1$
				.append('\n').append(Messages.Classification_loyaltyRule).append("\n\n"); //$NON-NLS-1$
	}

	private static void frequency(StringBuilder out, AnalysisResult result, String id) {
		CustomerValues values = result.customers();
		out.append(NLS.bind(Messages.Classification_frequency, new Object[] {
				ClassLabels.label(values.text(id, "frequencyClass")), //$NON-NLS-1$
				values.get(id, "purchases"), //$NON-NLS-1$
				result.parameters().get("multipleThreshold") })).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void rfm(StringBuilder out, AnalysisResult result, String id) {
		CustomerValues values = result.customers();
		if (values.get(id, "r") == null) { //$NON-NLS-1$
			out.append(Messages.Classification_noRfm).append('\n');
			return;
		}
		out.append(NLS.bind(Messages.Classification_rfm, new Object[] {
				ClassLabels.label(values.text(id, "rfmSegment")), //$NON-NLS-1$
				values.get(id, "rfmScore"), //$NON-NLS-1$
				values.get(id, "recency"), values.get(id, "frequency"), //$NON-NLS-1$ //$NON-NLS-2$
				plain(values.get(id, "monetary")) })).append('\n'); //$NON-NLS-1$
	}

	private static String plain(Object value) {
		if (value == null) {
			return Messages.Classification_none;
		}
		return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
	}
}
