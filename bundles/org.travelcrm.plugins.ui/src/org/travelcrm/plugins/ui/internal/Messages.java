package org.travelcrm.plugins.ui.internal;

import org.eclipse.osgi.util.NLS;

/**
 * Messages of the plug-in dialogs; see {@code messages*.properties}.
 */
@SuppressWarnings("nls")
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.travelcrm.plugins.ui.internal.messages";

	public static String Dialog_title;
	public static String Dialog_repository;
	public static String Dialog_repositoryHint;
	public static String Dialog_folder;
	public static String Dialog_zip;
	public static String Dialog_show;
	public static String Dialog_available;
	public static String Dialog_install;
	public static String Dialog_installed;
	public static String Dialog_uninstall;
	public static String Dialog_analyses;
	public static String Dialog_preview;
	public static String Dialog_reading;
	public static String Dialog_found;
	public static String Dialog_nothingChecked;
	public static String Dialog_nothingSelected;
	public static String Dialog_installing;
	public static String Dialog_uninstalling;
	public static String Dialog_didInstall;
	public static String Dialog_didUninstall;
	public static String Dialog_unsignedTitle;
	public static String Dialog_unsigned;
	public static String Dialog_restartTitle;
	public static String Dialog_restart;
	public static String Dialog_partOfProduct;
	public static String Dialog_cancelled;
	public static String Dialog_internalError;
	public static String Column_feature;
	public static String Column_version;
	public static String Column_name;
	public static String Column_analysis;
	public static String Column_category;
	public static String Column_plugin;
	public static String Preview_title;
	public static String Preview_running;
	public static String Preview_asOf;
	public static String Preview_broken;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
