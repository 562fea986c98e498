package org.travelcrm.campaigns.ui.internal.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.travelcrm.core.analysis.AnalysisContext;
import org.travelcrm.core.analysis.AnalysisResult;
import org.travelcrm.core.analysis.Analyses;
import org.travelcrm.core.analysis.ValueTier;
import org.travelcrm.core.campaigns.TierGuidance;
import org.travelcrm.core.goals.GoalProgress;
import org.travelcrm.core.segments.SegmentEvaluator;
import org.travelcrm.model.Agency;
import org.travelcrm.model.CriterionOperator;
import org.travelcrm.model.CrmFactory;
import org.travelcrm.model.Customer;
import org.travelcrm.model.Segment;
import org.travelcrm.model.SegmentCriterion;

/**
 * The target segment: one of the agency's segments, or a new one defined by value tiers and
 * loyalty classes; the live member count and how customers of each tier are best served.
 */
@SuppressWarnings("nls")
public class SegmentPage extends WizardPage {

	private static final String[] LOYALTY = { "NEW", "LOYAL", "WAVERING", "LAPSED" };

	private final Agency agency;
	private final AnalysisContext context;
	private final SegmentEvaluator evaluator;
	private AnalysisResult valueTiers;
	private Button existing;
	private Combo segments;
	private Button define;
	private Text name;
	private final List<Button> tierBoxes = new ArrayList<>();
	private final List<Button> loyaltyBoxes = new ArrayList<>();
	private Label count;
	private Label guidance;
	private Segment defined;
	private int members;

	SegmentPage(Agency agency, AnalysisContext context) {
		super("segment"); //$NON-NLS-1$
		this.agency = agency;
		this.context = context;
		this.evaluator = new SegmentEvaluator(context, Map.of());
		setTitle(Messages.SegmentPage_title);
		setDescription(Messages.SegmentPage_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);

		existing = new Button(page, SWT.RADIO);
		existing.setText(Messages.SegmentPage_existing);
		segments = new Combo(page, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(segments);
		for (Segment segment : agency.getSegments()) {
			segments.add(segment.getName() == null ? "" : segment.getName()); //$NON-NLS-1$
		}

		define = new Button(page, SWT.RADIO);
		define.setText(Messages.SegmentPage_define);
		name = new Text(page, SWT.BORDER);
		name.setMessage(Messages.SegmentPage_nameHint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(name);

		Group tiers = new Group(page, SWT.NONE);
		tiers.setText(Messages.SegmentPage_tiers);
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(tiers);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(tiers);
		for (ValueTier tier : ValueTier.values()) {
			tierBoxes.add(box(tiers, tier.name()));
		}
		Group loyalty = new Group(page, SWT.NONE);
		loyalty.setText(Messages.SegmentPage_loyalty);
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(loyalty);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(loyalty);
		for (String each : LOYALTY) {
			loyaltyBoxes.add(box(loyalty, each));
		}

		count = new Label(page, SWT.NONE);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(count);
		Group advice = new Group(page, SWT.NONE);
		advice.setText(Messages.SegmentPage_guidance);
		GridLayoutFactory.swtDefaults().applyTo(advice);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(advice);
		guidance = new Label(advice, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, true).hint(560, SWT.DEFAULT).applyTo(guidance);

		boolean hasSegments = !agency.getSegments().isEmpty();
		existing.setSelection(hasSegments);
		existing.setEnabled(hasSegments);
		define.setSelection(!hasSegments);
		if (hasSegments) {
			segments.select(0);
		}
		existing.addListener(SWT.Selection, event -> update());
		define.addListener(SWT.Selection, event -> update());
		segments.addListener(SWT.Selection, event -> update());
		name.addListener(SWT.Modify, event -> update());
		setControl(page);
		update();
	}

	/** The segment the campaign targets, or {@code null} while none is chosen. */
	public Segment segment() {
		if (existing.getSelection()) {
			int index = segments.getSelectionIndex();
			return index < 0 ? null : agency.getSegments().get(index);
		}
		return defined;
	}

	/** Whether the segment is defined here and added with the campaign. */
	public boolean isNewSegment() {
		return define.getSelection();
	}

	/** The live number of members of the chosen segment. */
	public int memberCount() {
		return members;
	}

	/** The guidance shown for the segment's tiers, for tests and screenshots. */
	public String guidanceText() {
		return guidance.getText();
	}

	/** Defines a new segment of the given tiers, as a user ticking them does. */
	public void defineByTiers(String segmentName, ValueTier... chosen) {
		define.setSelection(true);
		existing.setSelection(false);
		name.setText(segmentName);
		for (int i = 0; i < tierBoxes.size(); i++) {
			tierBoxes.get(i).setSelection(List.of(chosen).contains(ValueTier.values()[i]));
		}
		update();
	}

	private Button box(Composite parent, String text) {
		Button box = new Button(parent, SWT.CHECK);
		box.setText(text);
		box.addListener(SWT.Selection, event -> update());
		return box;
	}

	private void update() {
		boolean defining = define.getSelection();
		segments.setEnabled(!defining);
		name.setEnabled(defining);
		tierBoxes.forEach(box -> box.setEnabled(defining));
		loyaltyBoxes.forEach(box -> box.setEnabled(defining));
		defined = defining ? defineSegment() : null;

		Segment segment = segment();
		List<Customer> found = List.of();
		String problem = null;
		if (segment == null) {
			problem = Messages.SegmentPage_chooseSegment;
		} else {
			try {
				found = evaluator.members(segment, new NullProgressMonitor());
			} catch (IllegalArgumentException e) {
				problem = e.getMessage();
			}
		}
		members = found.size();
		count.setText(NLS.bind(Messages.SegmentPage_memberCount, members));
		guidance.setText(guidance(found));
		if (problem == null && members == 0) {
			problem = Messages.SegmentPage_noMembers;
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
		count.getParent().layout(true, true);
	}

	private Segment defineSegment() {
		Segment segment = CrmFactory.eINSTANCE.createSegment();
		segment.setName(name.getText().isBlank() ? Messages.SegmentPage_defaultName
				: name.getText().trim());
		addCriterion(segment, "tier", tierBoxes); //$NON-NLS-1$
		addCriterion(segment, "loyalty", loyaltyBoxes); //$NON-NLS-1$
		return segment.getCriteria().isEmpty() ? null : segment;
	}

	private static void addCriterion(Segment segment, String property, List<Button> boxes) {
		SegmentCriterion criterion = CrmFactory.eINSTANCE.createSegmentCriterion();
		criterion.setProperty(property);
		criterion.setOperator(CriterionOperator.IN);
		for (Button box : boxes) {
			if (box.getSelection()) {
				criterion.getValues().add(box.getText());
			}
		}
		if (!criterion.getValues().isEmpty()) {
			segment.getCriteria().add(criterion);
		}
	}

	private String guidance(List<Customer> found) {
		if (found.isEmpty()) {
			return ""; //$NON-NLS-1$
		}
		if (valueTiers == null) {
			try {
				valueTiers = Analyses.installed().find(GoalProgress.VALUE_TIER)
						.run(context, Map.of(), new NullProgressMonitor());
			} catch (RuntimeException | org.eclipse.core.runtime.CoreException e) {
				ILog.of(getClass()).error(e.getMessage(), e);
				return ""; //$NON-NLS-1$
			}
		}
		StringBuilder text = new StringBuilder();
		TierGuidance.tierMix(valueTiers, found).forEach((tier, members) -> {
			if (members > 0) {
				text.append(NLS.bind(Messages.SegmentPage_tierLine, tier.name(), members))
						.append(' ').append(TierGuidance.advice(tier)).append('\n');
			}
		});
		return text.toString().strip();
	}
}
