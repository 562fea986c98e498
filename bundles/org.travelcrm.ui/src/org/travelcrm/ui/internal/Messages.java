package org.travelcrm.ui.internal;

import org.eclipse.osgi.util.NLS;

/**
 * User-visible strings of the application shell; see {@code messages*.properties}.
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.travelcrm.ui.internal.messages"; //$NON-NLS-1$

	public static String Application_title;
	public static String Application_ready;

	public static String Menu_file;
	public static String Menu_new;
	public static String Menu_save;
	public static String Menu_saveAs;
	public static String Menu_close;
	public static String Menu_closeAll;
	public static String Menu_exit;
	public static String Menu_edit;
	public static String Menu_undo;
	public static String Menu_redo;
	public static String Menu_cut;
	public static String Menu_copy;
	public static String Menu_paste;
	public static String Menu_delete;
	public static String Menu_selectAll;
	public static String Menu_find;
	public static String Menu_window;
	public static String Menu_openPerspective;
	public static String Menu_showView;
	public static String Menu_resetPerspective;
	public static String Menu_preferences;
	public static String Menu_help;
	public static String Menu_about;

	public static String Menu_newAgency;
	public static String Menu_openAgency;
	public static String Menu_openDemoAgency;

	public static String AgencyPreferencePage_description;
	public static String AgencyPreferencePage_openDemo;
	public static String AgencyPreferencePage_undoLimit;

	public static String Shutdown_unsavedTitle;
	public static String Shutdown_unsaved;


	public static String SavedLayoutGuard_emptyFile;
	public static String SavedLayoutGuard_parseError;
	public static String SavedLayoutGuard_noticeTitle;
	public static String SavedLayoutGuard_notice;
	public static String SavedLayoutGuard_cannotMove;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
