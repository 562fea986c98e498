package org.travelcrm.customers.ui.internal.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.travelcrm.core.imports.CsvFormat;
import org.travelcrm.core.imports.FileSample;
import org.travelcrm.core.imports.ImportProfile;
import org.travelcrm.core.imports.Importer;
import org.travelcrm.core.imports.WorkbookFormat;
import org.travelcrm.ui.agency.OpenAgencies;
import org.travelcrm.ui.agency.OpenAgency;

/**
 * The first page of the import: which agency, which file, which profile, and a look at the
 * file's first rows as they will be read.
 */
@SuppressWarnings("nls")
final class SourcePage extends WizardPage {

	private static final int PREVIEW_ROWS = 20;

	private final ImportSession session;
	private final List<OpenAgency> agencies = new ArrayList<>();
	private Combo agencyChoice;
	private Text fileText;
	private Combo profileChoice;
	private Button walkIns;
	private Label format;
	private TableViewer preview;
	private Composite previewHolder;
	private Path profileFile;

	SourcePage(ImportSession session) {
		super("source"); //$NON-NLS-1$
		this.session = session;
		setTitle(Messages.SourcePage_title);
		setDescription(Messages.SourcePage_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);

		new Label(page, SWT.NONE).setText(Messages.SourcePage_agency);
		agencyChoice = new Combo(page, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(agencyChoice);
		agencies.addAll(OpenAgencies.getDefault().getAll());
		agencies.forEach(a -> agencyChoice.add(a.getLabel()));
		agencyChoice.select(Math.max(0, agencies.indexOf(session.agency())));
		agencyChoice.addListener(SWT.Selection, e -> update());

		new Label(page, SWT.NONE).setText(Messages.SourcePage_file);
		fileText = new Text(page, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(fileText);
		if (session.file() != null) {
			fileText.setText(session.file().toString());
		}
		fileText.addListener(SWT.Modify, e -> fileChanged());
		Button browse = new Button(page, SWT.PUSH);
		browse.setText(Messages.SourcePage_browse);
		browse.addListener(SWT.Selection, e -> browse());

		new Label(page, SWT.NONE).setText(Messages.SourcePage_profile);
		profileChoice = new Combo(page, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(profileChoice);
		profileChoice.add(Messages.SourcePage_guess);
		for (String id : ImportProfile.BUILT_IN) {
			String name = ImportProfile.builtIn(id).getName();
			profileChoice.add(NLS.bind(Messages.SourcePage_builtIn, name));
		}
		profileChoice.add(Messages.SourcePage_fromFile);
		profileChoice.select(0);
		profileChoice.addListener(SWT.Selection, e -> profileChosen());
		Button save = new Button(page, SWT.PUSH);
		save.setText(Messages.SourcePage_saveProfile);
		save.addListener(SWT.Selection, e -> saveProfile());

		walkIns = new Button(page, SWT.CHECK);
		walkIns.setText(Messages.SourcePage_walkIns);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(walkIns);
		walkIns.addListener(SWT.Selection, e -> profileChanged());

		format = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(format);

		previewHolder = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(previewHolder);
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(640, 220)
				.applyTo(previewHolder);

		setControl(page);
		fileChanged();
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.csv;*.txt;*.tsv;*.xlsx", "*.*" });
		dialog.setFilterNames(new String[] { Messages.SourcePage_importFiles,
				Messages.SourcePage_allFiles });
		String chosen = dialog.open();
		if (chosen != null) {
			fileText.setText(chosen);
		}
	}

	private void profileChosen() {
		if (profileChoice.getSelectionIndex() == ImportProfile.BUILT_IN.size() + 1) {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*.properties", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
			String chosen = dialog.open();
			profileFile = chosen == null ? null : Path.of(chosen);
			if (profileFile == null) {
				profileChoice.select(0);
			}
		}
		profileChanged();
	}

	private void fileChanged() {
		String text = fileText.getText().trim();
		session.setFile(text.isEmpty() ? null : Path.of(text));
		profileChanged();
	}

	private void profileChanged() {
		session.setProfile(null);
		Path file = session.file();
		if (file == null || !Files.isRegularFile(file)) {
			showPreview(null);
			update();
			return;
		}
		try {
			ImportProfile profile = chosenProfile();
			if (profile == null) {
				profile = new Importer(new ImportProfile()).sample(file, 1).guessed();
			}
			if (walkIns.getSelection()) {
				profile.setMissingCustomer(ImportProfile.MissingCustomer.WALK_IN);
			}
			FileSample sample = new Importer(profile).sample(file, PREVIEW_ROWS);
			session.setSample(sample);
			session.setProfile(profile);
			showPreview(sample);
			setErrorMessage(null);
		} catch (IOException | IllegalArgumentException e) {
			session.setSample(null);
			showPreview(null);
			setErrorMessage(e.getMessage());
		}
		update();
	}

	/** The profile chosen, or {@code null} to guess it from the headers. */
	private ImportProfile chosenProfile() throws IOException {
		int index = profileChoice.getSelectionIndex();
		if (index >= 1 && index <= ImportProfile.BUILT_IN.size()) {
			return ImportProfile.builtIn(ImportProfile.BUILT_IN.get(index - 1));
		}
		if (index == ImportProfile.BUILT_IN.size() + 1 && profileFile != null) {
			return ImportProfile.load(profileFile);
		}
		return null;
	}

	private void saveProfile() {
		if (session.profile() == null) {
			return;
		}
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.properties" }); //$NON-NLS-1$
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		try {
			session.profile().save(Path.of(chosen));
			setMessage(NLS.bind(Messages.SourcePage_profileSaved, chosen));
		} catch (IOException e) {
			setErrorMessage(e.getMessage());
		}
	}

	private void showPreview(FileSample sample) {
		if (preview != null) {
			preview.getTable().dispose();
			preview = null;
		}
		if (sample == null) {
			format.setText(""); //$NON-NLS-1$
			previewHolder.layout(true, true);
			return;
		}
		String header = sample.format().header() ? Messages.SourcePage_withHeader
				: Messages.SourcePage_withoutHeader;
		format.setText(switch (sample.format()) {
			case CsvFormat csv -> NLS.bind(Messages.SourcePage_format, new Object[] {
					csv.charset().name(), delimiter(csv), header });
			case WorkbookFormat workbook -> NLS.bind(Messages.SourcePage_workbookFormat,
					workbook.sheet(), header);
		});
		preview = new TableViewer(previewHolder, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL
				| SWT.V_SCROLL);
		Table table = preview.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		List<String> columns = sample.columns();
		for (int i = 0; i < columns.size(); i++) {
			int index = i;
			TableViewerColumn column = new TableViewerColumn(preview, SWT.NONE);
			TableColumn swtColumn = column.getColumn();
			swtColumn.setText(columns.get(i));
			swtColumn.setWidth(110);
			column.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					List<?> row = (List<?>) element;
					return index < row.size() && row.get(index) != null
							? row.get(index).toString() : ""; //$NON-NLS-1$
				}
			});
		}
		preview.setContentProvider(ArrayContentProvider.getInstance());
		preview.setInput(sample.rows());
		previewHolder.layout(true, true);
	}

	private static String delimiter(CsvFormat csv) {
		return switch (csv.delimiter()) {
			case ';' -> Messages.SourcePage_semicolon;
			case '\t' -> Messages.SourcePage_tab;
			default -> Messages.SourcePage_comma;
		};
	}

	private void update() {
		int index = agencyChoice.getSelectionIndex();
		session.setAgency(index >= 0 && index < agencies.size() ? agencies.get(index) : null);
		if (agencies.isEmpty()) {
			setErrorMessage(Messages.SourcePage_noAgency);
		} else if (session.file() == null) {
			setMessage(Messages.SourcePage_chooseFile);
		}
		setPageComplete(session.agency() != null && session.profile() != null
				&& session.sample() != null);
	}
}
