package org.travelcrm.plugins;

import org.eclipse.osgi.util.NLS;

/**
 * Messages of the plug-in installer; see {@code messages*.properties}.
 */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.travelcrm.plugins.messages"; //$NON-NLS-1$

	public static String Location_empty;
	public static String Location_missing;
	public static String Location_notARepository;
	public static String Location_badAddress;
	public static String Location_badZip;
	public static String Location_outsideEntry;
	public static String Installer_noProfile;
	public static String Installer_reading;
	public static String Installer_cannotRead;
	public static String Installer_installing;
	public static String Installer_uninstalling;
	public static String Installer_notInRepository;
	public static String Installer_notInstalled;
	public static String Installer_partOfProduct;
	public static String Installer_cannotResolve;
	public static String Installer_failed;
	public static String Installer_unsignedRefused;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
