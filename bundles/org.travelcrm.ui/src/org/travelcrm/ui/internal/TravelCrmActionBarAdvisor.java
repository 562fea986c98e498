package org.travelcrm.ui.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The main menu and tool bar. Standard workbench actions keep their usual commands and key
 * bindings (Ctrl+S, Ctrl+Z, Ctrl+Shift+Z …); the groups named here are where the feature
 * bundles add their own commands through menu contributions.
 */
public class TravelCrmActionBarAdvisor extends ActionBarAdvisor {

	/** Group in the File menu where bundles add their New and Open commands. */
	public static final String GROUP_FILE_OPEN = "open"; //$NON-NLS-1$

	/** Group in the File menu where bundles add Import and Export commands. */
	public static final String GROUP_FILE_TRANSFER = "transfer"; //$NON-NLS-1$

	private IWorkbenchAction newAction;
	private IWorkbenchAction saveAction;
	private IWorkbenchAction saveAsAction;
	private IWorkbenchAction closeAction;
	private IWorkbenchAction closeAllAction;
	private IWorkbenchAction quitAction;
	private IWorkbenchAction undoAction;
	private IWorkbenchAction redoAction;
	private IWorkbenchAction cutAction;
	private IWorkbenchAction copyAction;
	private IWorkbenchAction pasteAction;
	private IWorkbenchAction deleteAction;
	private IWorkbenchAction selectAllAction;
	private IWorkbenchAction findAction;
	private IWorkbenchAction resetPerspectiveAction;
	private IWorkbenchAction preferencesAction;
	private IWorkbenchAction aboutAction;
	private IContributionItem perspectiveList;
	private IContributionItem viewList;

	public TravelCrmActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		newAction = register(ActionFactory.NEW.create(window), Messages.Menu_new);
		saveAction = register(ActionFactory.SAVE.create(window), Messages.Menu_save);
		saveAsAction = register(ActionFactory.SAVE_AS.create(window), Messages.Menu_saveAs);
		closeAction = register(ActionFactory.CLOSE.create(window), Messages.Menu_close);
		closeAllAction = register(ActionFactory.CLOSE_ALL.create(window), Messages.Menu_closeAll);
		quitAction = register(ActionFactory.QUIT.create(window), Messages.Menu_exit);
		undoAction = register(ActionFactory.UNDO.create(window), Messages.Menu_undo);
		redoAction = register(ActionFactory.REDO.create(window), Messages.Menu_redo);
		cutAction = register(ActionFactory.CUT.create(window), Messages.Menu_cut);
		copyAction = register(ActionFactory.COPY.create(window), Messages.Menu_copy);
		pasteAction = register(ActionFactory.PASTE.create(window), Messages.Menu_paste);
		deleteAction = register(ActionFactory.DELETE.create(window), Messages.Menu_delete);
		selectAllAction = register(ActionFactory.SELECT_ALL.create(window), Messages.Menu_selectAll);
		findAction = register(ActionFactory.FIND.create(window), Messages.Menu_find);
		resetPerspectiveAction = register(ActionFactory.RESET_PERSPECTIVE.create(window),
				Messages.Menu_resetPerspective);
		preferencesAction = register(ActionFactory.PREFERENCES.create(window),
				Messages.Menu_preferences);
		aboutAction = register(ActionFactory.ABOUT.create(window), Messages.Menu_about);
		perspectiveList = ContributionItemFactory.PERSPECTIVES_SHORTLIST.create(window);
		viewList = ContributionItemFactory.VIEWS_SHORTLIST.create(window);
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		menuBar.add(fileMenu());
		menuBar.add(editMenu());
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(windowMenu());
		menuBar.add(helpMenu());
	}

	@Override
	protected void fillCoolBar(ICoolBarManager coolBar) {
		IToolBarManager fileBar = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		fileBar.add(new GroupMarker(IWorkbenchActionConstants.NEW_GROUP));
		fileBar.add(saveAction);
		fileBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		coolBar.add(new ToolBarContributionItem(fileBar, IWorkbenchActionConstants.TOOLBAR_FILE));
		IToolBarManager editBar = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		editBar.add(undoAction);
		editBar.add(redoAction);
		coolBar.add(new ToolBarContributionItem(editBar, IWorkbenchActionConstants.TOOLBAR_EDIT));
		coolBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
	}

	private IMenuManager fileMenu() {
		MenuManager menu = new MenuManager(Messages.Menu_file, IWorkbenchActionConstants.M_FILE);
		menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
		menu.add(newAction);
		menu.add(new GroupMarker(GROUP_FILE_OPEN));
		menu.add(new Separator());
		menu.add(closeAction);
		menu.add(closeAllAction);
		menu.add(new Separator());
		menu.add(saveAction);
		menu.add(saveAsAction);
		menu.add(new Separator(GROUP_FILE_TRANSFER));
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new Separator());
		menu.add(quitAction);
		menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));
		return menu;
	}

	private IMenuManager editMenu() {
		MenuManager menu = new MenuManager(Messages.Menu_edit, IWorkbenchActionConstants.M_EDIT);
		menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
		menu.add(undoAction);
		menu.add(redoAction);
		menu.add(new Separator());
		menu.add(cutAction);
		menu.add(copyAction);
		menu.add(pasteAction);
		menu.add(new Separator());
		menu.add(deleteAction);
		menu.add(selectAllAction);
		menu.add(new Separator());
		menu.add(findAction);
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
		return menu;
	}

	private IMenuManager windowMenu() {
		MenuManager menu = new MenuManager(Messages.Menu_window,
				IWorkbenchActionConstants.M_WINDOW);
		MenuManager perspectives = new MenuManager(Messages.Menu_openPerspective,
				"openPerspective"); //$NON-NLS-1$
		perspectives.add(perspectiveList);
		menu.add(perspectives);
		MenuManager views = new MenuManager(Messages.Menu_showView, "showView"); //$NON-NLS-1$
		views.add(viewList);
		menu.add(views);
		menu.add(resetPerspectiveAction);
		menu.add(new Separator());
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new Separator());
		menu.add(preferencesAction);
		return menu;
	}

	private IMenuManager helpMenu() {
		MenuManager menu = new MenuManager(Messages.Menu_help, IWorkbenchActionConstants.M_HELP);
		menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new Separator());
		menu.add(aboutAction);
		menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));
		return menu;
	}

	private IWorkbenchAction register(IWorkbenchAction action, String label) {
		action.setText(label);
		register(action);
		return action;
	}
}
