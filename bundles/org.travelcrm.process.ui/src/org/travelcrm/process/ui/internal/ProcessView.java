package org.travelcrm.process.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;
import org.travelcrm.campaigns.ui.AgencyTracker;
import org.travelcrm.campaigns.ui.CampaignCommandIds;
import org.travelcrm.core.demo.DemoAgency;
import org.travelcrm.core.process.CycleStatus;
import org.travelcrm.core.process.CycleStatus.StepState;
import org.travelcrm.model.CycleStepKind;
import org.travelcrm.model.StepStatus;
import org.travelcrm.ui.WorkbenchIds;
import org.travelcrm.ui.agency.AgencyOpening;
import org.travelcrm.ui.agency.OpenAgencies;
import org.travelcrm.ui.agency.OpenAgency;

/**
 * The CRM cycle at a glance (DESIGN section 6): the five steps with their derived status, what
 * is done and what is missing, and a button per step that opens the place to do it. Trainers
 * reset the demo agency to its baseline and walk through the steps with the guided demo.
 */
public class ProcessView extends ViewPart {

	/** Narrower than this, the content scrolls sideways instead of wrapping further. */
	private static final int MIN_WIDTH = 520;

	private AgencyTracker tracker;
	private Label agencyLabel;
	private final List<StatusBadge> badges = new ArrayList<>();
	private final List<Label> explanations = new ArrayList<>();
	private final List<Button> buttons = new ArrayList<>();

	private List<StepState> states = List.of();
	private ScrolledComposite scroller;
	private Button resetButton;
	private Label guide;
	private int guidedStep = -1;

	@Override
	public void createPartControl(Composite parent) {
		// The steps and the trainer's buttons are taller than a view in the default layout;
		// they scroll rather than being cut off.
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		Composite view = new Composite(scroller, SWT.NONE);
		scroller.setContent(view);
		scroller.addListener(SWT.Resize, event -> fitContent());
		GridLayoutFactory.swtDefaults().numColumns(3).spacing(10, 8).applyTo(view);
		agencyLabel = new Label(view, SWT.NONE);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(agencyLabel);
		for (CycleStepKind step : CycleStepKind.values()) {
			StatusBadge badge = new StatusBadge(view);
			GridDataFactory.swtDefaults().align(SWT.FILL, SWT.CENTER).hint(120, SWT.DEFAULT)
					.applyTo(badge);
			badges.add(badge);
			Label explanation = new Label(view, SWT.WRAP);
			GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT)
					.applyTo(explanation);
			explanations.add(explanation);
			Button button = new Button(view, SWT.PUSH);
			button.setText(Steps.action(step));
			GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).applyTo(button);
			button.addListener(SWT.Selection, event -> openPlace(step));
			buttons.add(button);
		}
		Label trainer = new Label(view, SWT.NONE);
		trainer.setText(Messages.ProcessView_trainer);
		GridDataFactory.fillDefaults().span(3, 1).indent(0, 12).applyTo(trainer);
		Composite trainerButtons = new Composite(view, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(trainerButtons);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(trainerButtons);
		resetButton = button(trainerButtons, Messages.ProcessView_reset, this::resetDemo);
		button(trainerButtons, Messages.ProcessView_guide, this::nextGuidedStep);
		button(trainerButtons, Messages.ProcessView_openStep, () -> {
			if (guidedStep >= 0) {
				openPlace(CycleStepKind.get(guidedStep));
			}
		});
		guide = new Label(view, SWT.WRAP);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(400, SWT.DEFAULT)
				.applyTo(guide);
		tracker = new AgencyTracker(this::refresh);
		refresh();
	}

	/** The trainer's button that resets the demo agency, for tests. */
	public Button getResetButton() {
		return resetButton;
	}

	/**
	 * Whether a control of the view can be scrolled into sight: it lies within the area the
	 * scrolled content covers.
	 */
	public boolean isReachable(Control control) {
		if (!(control.getParent() != null && scroller.getContent() != null)) {
			return false;
		}
		Rectangle bounds = control.getDisplay().map(control.getParent(), scroller.getContent(),
				control.getBounds());
		Point size = scroller.getContent().getSize();
		return bounds.y + bounds.height <= size.y && bounds.x + bounds.width <= size.x;
	}

	/** Whether the content is taller than the view, so that it scrolls. */
	public boolean scrolls() {
		return scroller.getContent().getSize().y > scroller.getClientArea().height;
	}

	/** Lets the content wrap to the view's width and scroll when it is taller. */
	private void fitContent() {
		Composite content = (Composite) scroller.getContent();
		int width = scroller.getClientArea().width;
		Point wanted = content.computeSize(SWT.DEFAULT, SWT.DEFAULT);
		Point wrapped = content.computeSize(Math.max(width, MIN_WIDTH), SWT.DEFAULT);
		scroller.setMinSize(Math.min(wanted.x, Math.max(width, MIN_WIDTH)), wrapped.y);
	}

	/** The derived state of each step as shown, for tests. */
	public List<StepState> getStates() {
		return states;
	}

	/** The button that opens the place of a step, for tests. */
	public Button getButton(CycleStepKind step) {
		return buttons.get(step.getValue());
	}

	@Override
	public void setFocus() {
		buttons.get(0).setFocus();
	}

	@Override
	public void dispose() {
		if (tracker != null) {
			tracker.dispose();
		}
		super.dispose();
	}

	/** Derives the status of every step again and shows it. */
	public void refresh() {
		if (agencyLabel.isDisposed()) {
			return;
		}
		OpenAgency agency = tracker.current();
		agencyLabel.setText(agency == null ? Messages.ProcessView_noAgency
				: NLS.bind(Messages.ProcessView_agency, agency.getLabel()));
		states = agency == null ? List.of() : CycleStatus.derive(agency.getAgency());
		for (CycleStepKind step : CycleStepKind.values()) {
			int i = step.getValue();
			StepStatus status = states.isEmpty() ? StepStatus.NOT_STARTED : states.get(i).status();
			StatusBadge badge = badges.get(i);
			badge.show(NLS.bind(Messages.ProcessView_badge, i + 1, Steps.status(status)),
					color(status));
			badge.setToolTipText(Steps.title(step));
			explanations.get(i).setText(Steps.title(step) + '\n'
					+ (states.isEmpty() ? "" : states.get(i).explanation())); //$NON-NLS-1$
		}
		agencyLabel.getParent().layout(true, true);
		fitContent();
	}

	private Color color(StepStatus status) {
		int swtColor = switch (status) {
			case DONE -> SWT.COLOR_DARK_GREEN;
			case IN_PROGRESS -> SWT.COLOR_DARK_YELLOW;
			case NOT_STARTED -> SWT.COLOR_DARK_GRAY;
		};
		return agencyLabel.getDisplay().getSystemColor(swtColor);
	}

	/** Opens the place where a step is done. */
	public void openPlace(CycleStepKind step) {
		IWorkbenchWindow window = getSite().getWorkbenchWindow();
		try {
			switch (step) {
			case SET_GOALS -> run(CampaignCommandIds.SHOW_GOALS);
			case ORGANISE_DATA -> {
				window.getWorkbench().showPerspective(WorkbenchIds.PERSPECTIVE_CUSTOMERS, window);
				OpenAgency agency = tracker.current();
				if (agency != null) {
					OpenAgencies.getDefault().openCustomerList(agency);
				}
			}
			case ANALYSE -> window.getWorkbench()
					.showPerspective(WorkbenchIds.PERSPECTIVE_ANALYSIS, window);
			case MARKET -> run(CampaignCommandIds.NEW_CAMPAIGN);
			case EVALUATE -> run(CampaignCommandIds.EVALUATE_CAMPAIGN);
			}
		} catch (WorkbenchException e) {
			ILog.of(getClass()).error(e.getMessage(), e);
			MessageDialog.openError(getSite().getShell(), Messages.ProcessView_title,
					e.getMessage());
		}
	}

	private void run(String commandId) {
		IHandlerService handlers = getSite().getService(IHandlerService.class);
		try {
			handlers.executeCommand(commandId, null);
		} catch (NotDefinedException e) {
			MessageDialog.openInformation(getSite().getShell(), Messages.ProcessView_title,
					Messages.ProcessView_notInstalled);
		} catch (Exception e) {
			ILog.of(getClass()).error(e.getMessage(), e);
		}
	}

	private void resetDemo() {
		if (!MessageDialog.openConfirm(getSite().getShell(), Messages.ProcessView_resetTitle,
				NLS.bind(Messages.ProcessView_resetConfirm, DemoAgency.NAME))) {
			return;
		}
		resetDemoNow();
	}

	/** Closes every open demo agency without saving and opens a fresh one, without asking. */
	public void resetDemoNow() {
		for (OpenAgency agency : OpenAgencies.getDefault().getAll()) {
			if (agency.getOrigin() == OpenAgency.Origin.DEMO) {
				OpenAgencies.getDefault().close(agency);
			}
		}
		guidedStep = -1;
		guide.setText(""); //$NON-NLS-1$
		AgencyOpening.openDemo(agency -> refresh());
	}

	private void nextGuidedStep() {
		guidedStep = (guidedStep + 1) % CycleStepKind.values().length;
		CycleStepKind step = CycleStepKind.get(guidedStep);
		guide.setText(NLS.bind(Messages.ProcessView_guideStep, new Object[] { guidedStep + 1,
			Steps.title(step), Steps.guide(step) }));
		buttons.get(guidedStep).setFocus();
		guide.getParent().layout(true, true);
		fitContent();
	}

	private static Button button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}
}
