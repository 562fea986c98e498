package org.travelcrm.customers.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.travelcrm.core.AgencyIndex;
import org.travelcrm.core.quality.QualityProblem;
import org.travelcrm.customers.ui.internal.imports.ImportWizard;
import org.travelcrm.customers.ui.internal.quality.DataQualityView;
import org.travelcrm.model.CrmFactory;
import org.travelcrm.model.CrmPackage;
import org.travelcrm.model.Customer;
import org.travelcrm.model.IndividualTourist;
import org.travelcrm.testing.FailOnLoggedErrors;
import org.travelcrm.testing.WorkbookFile;
import org.travelcrm.ui.agency.OpenAgency;

/**
 * The import wizard previews a file (CSV or Excel workbook) page by page and applies it as one
 * undoable change; the Data Quality view lists the duplicates the import brought in, and its
 * quick fix merges them.
 */
@ExtendWith(FailOnLoggedErrors.class)
class ImportAndQualityTest {

	private static final String QUALITY_VIEW = "org.travelcrm.customers.ui.views.dataQuality";

	@TempDir
	Path folder;

	@AfterEach
	void closeAll() {
		Workbench.closeAll();
	}

	@Test
	void theWizardPreviewsThenImportsInOneUndoableStep() throws Exception {
		OpenAgency agency = Workbench.openDemo();
		int before = agency.getAgency().getCustomers().size();
		Path file = folder.resolve("new-customers.csv");
		Files.writeString(file, "\uFEFF客户编号,客户名称,电话,订单号,金额,日期\n"
				+ "K1,王伟,138-0000-0001,D1,1200.00,2026-03-01\n"
				+ "K2,李娜,138-0000-0002,D2,800.50,2026-03-02\n"
				+ "K3,,138-0000-0003,D3,abc,2026-03-03\n", StandardCharsets.UTF_8);

		List<String> labels = importThroughTheWizard(agency, file);

		assertTrue(labels.stream().anyMatch(l -> l.contains("UTF-8, comma-separated")),
				"The first page says how the file is read: " + labels);
		assertEquals(before + 2, agency.getAgency().getCustomers().size(),
				"Two customers are created; the row with a bad amount is rejected.");
		assertNotNull(AgencyIndex.of(agency.getAgency()).customer("K1"), "K1 is imported.");
		agency.getCommandStack().undo();
		assertEquals(before, agency.getAgency().getCustomers().size(),
				"One undo takes the whole import back.");
		assertNull(AgencyIndex.of(agency.getAgency()).customer("K1"), "K1 is gone again.");
	}

	@Test
	void theWizardReadsTheFirstSheetOfAnExcelWorkbook() throws Exception {
		OpenAgency agency = Workbench.openDemo();
		int before = agency.getAgency().getCustomers().size();
		Path file = folder.resolve("new-customers.xlsx");
		Files.write(file, new WorkbookFile("客户")
				.row(1, "客户编号", "客户名称", "电话", "订单号", "金额", "日期")
				.row(2, "K1", "王伟", "138-0000-0001", "D1", 1200, LocalDate.of(2026, 3, 1))
				.row(3, "K2", "李娜", "138-0000-0002", "D2", 800.5, LocalDate.of(2026, 3, 2))
				.bytes());

		List<String> labels = importThroughTheWizard(agency, file);

		assertTrue(labels.stream().anyMatch(l -> l.contains("Excel workbook, sheet '客户'")),
				"The first page names the sheet instead of an encoding: " + labels);
		assertEquals(before + 2, agency.getAgency().getCustomers().size(),
				"Both rows of the sheet are imported.");
		assertEquals(0, new BigDecimal("800.5").compareTo(AgencyIndex.of(agency.getAgency())
				.booking("D2").getAmount()), "The amount is the number in the cell.");
	}

	@Test
	void theQualityViewListsDuplicatesAndItsQuickFixMergesThem() throws Exception {
		OpenAgency agency = Workbench.openDemo();
		IndividualTourist original = (IndividualTourist) agency.getAgency().getCustomers()
				.stream().filter(IndividualTourist.class::isInstance).findFirst().orElseThrow();
		IndividualTourist twin = CrmFactory.eINSTANCE.createIndividualTourist();
		twin.setExternalId("TWIN-1");
		twin.setName(" " + original.getName().toUpperCase() + " ");
		twin.setPhone(original.getPhone());
		agency.getCommandStack().execute(AddCommand.create(agency.getEditingDomain(),
				agency.getAgency(), CrmPackage.Literals.AGENCY__CUSTOMERS, twin));

		DataQualityView view = (DataQualityView) Workbench.page().showView(QUALITY_VIEW);
		Workbench.waitFor("the duplicates to be listed", () -> view.problems().stream()
				.anyMatch(p -> p.kind() == QualityProblem.Kind.DUPLICATE_CUSTOMERS
						&& p.objects().contains(twin)));
		QualityProblem duplicates = view.problems().stream()
				.filter(p -> p.kind() == QualityProblem.Kind.DUPLICATE_CUSTOMERS
						&& p.objects().contains(twin))
				.findFirst().orElseThrow();
		assertNotNull(duplicates.quickFix(), "Duplicates offer a merge as quick fix.");

		agency.getCommandStack().execute(duplicates.quickFix().createCommand());

		Customer survivor = AgencyIndex.of(agency.getAgency()).customer(original.getExternalId());
		assertNotNull(survivor, "The customer with the bookings stays.");
		assertNull(AgencyIndex.of(agency.getAgency()).customer("TWIN-1"), "The twin is merged.");
		Workbench.waitFor("the duplicates to disappear", () -> view.problems().stream()
				.noneMatch(p -> p.objects().contains(twin)));
	}

	/**
	 * Opens the import wizard on a file, goes through its pages to the preview and finishes,
	 * checking that nothing changes before Finish; answers the texts of the first page's labels.
	 */
	private static List<String> importThroughTheWizard(OpenAgency agency, Path file) {
		int before = agency.getAgency().getCustomers().size();
		ImportWizard wizard = new ImportWizard();
		wizard.init(agency, file);
		WizardDialog dialog = new WizardDialog(Workbench.shell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			IWizardPage source = dialog.getCurrentPage();
			assertTrue(source.isPageComplete(), "The first page is complete for a readable file.");
			List<String> labels = new ArrayList<>();
			collectLabels((Composite) source.getControl(), labels);
			dialog.showPage(source.getNextPage());
			dialog.showPage(dialog.getCurrentPage().getNextPage());
			Workbench.processEvents();
			assertTrue(wizard.canFinish(), "The preview page should allow finishing.");
			assertEquals(before, agency.getAgency().getCustomers().size(),
					"Nothing changes before Finish.");
			assertTrue(wizard.performFinish(), "Finish applies the import.");
			return labels;
		} finally {
			dialog.close();
		}
	}

	private static void collectLabels(Composite parent, List<String> labels) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Label label) {
				labels.add(label.getText());
			} else if (child instanceof Composite composite) {
				collectLabels(composite, labels);
			}
		}
	}
}
