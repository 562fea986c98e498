package org.travelcrm.cli.internal;

import org.eclipse.osgi.util.NLS;

/**
 * Messages of the command line; see {@code messages*.properties}.
 */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.travelcrm.cli.internal.messages"; //$NON-NLS-1$

	public static String Cli_usage;
	public static String Cli_usageTail;
	public static String Cli_unknownCommand;
	public static String Cli_usageError;
	public static String Cli_seeHelp;
	public static String Cli_badInput;
	public static String Cli_cancelled;
	public static String Cli_internalError;
	public static String Arguments_missingValue;
	public static String Arguments_repeated;
	public static String Arguments_missingOption;
	public static String Arguments_notANumber;
	public static String Arguments_missingArgument;
	public static String Arguments_unknownOption;
	public static String Arguments_unexpected;
	public static String AgencyFileAccess_missing;
	public static String DemoCommand_summary;
	public static String DemoCommand_help;
	public static String DemoCommand_written;
	public static String GenerateCommand_summary;
	public static String GenerateCommand_help;
	public static String GenerateCommand_defaultName;
	public static String ValidateCommand_summary;
	public static String ValidateCommand_help;
	public static String ValidateCommand_error;
	public static String ValidateCommand_warning;
	public static String ValidateCommand_summaryLine;
	public static String Command_cannotWrite;
	public static String AnalysisRun_badDate;
	public static String AnalysisRun_badPeriod;
	public static String AnalysisRun_badParam;
	public static String AnalysisRun_unknownParam;
	public static String AnalysisRun_unknownAnalysis;
	public static String AnalysisRun_running;
	public static String AnalysisRun_refused;
	public static String AnalysisRun_broken;
	public static String AnalysisRun_failed;
	public static String AnalyzeCommand_summary;
	public static String AnalyzeCommand_help;
	public static String AnalyzeCommand_written;
	public static String ImportCommand_summary;
	public static String ImportCommand_help;
	public static String ImportCommand_noFile;
	public static String ImportCommand_noProfile;
	public static String ImportCommand_badProfile;
	public static String ImportCommand_guessed;
	public static String ImportCommand_profileSaved;
	public static String ImportCommand_dryRun;
	public static String ImportCommand_nothingToDo;
	public static String ImportCommand_cannotApply;
	public static String ImportCommand_saved;
	public static String ExportCommand_summary;
	public static String ExportCommand_help;
	public static String ExportCommand_noSegment;
	public static String ExportCommand_noSegments;
	public static String ExportCommand_written;
	public static String ReportCommand_summary;
	public static String ReportCommand_help;
	public static String ReportCommand_written;
	public static String PluginsCommand_summary;
	public static String PluginsCommand_help;
	public static String PluginsCommand_unknownAction;
	public static String PluginsCommand_installed;
	public static String PluginsCommand_available;
	public static String PluginsCommand_none;
	public static String PluginsCommand_line;
	public static String PluginsCommand_productLine;
	public static String PluginsCommand_unsigned;
	public static String PluginsCommand_acceptUnsigned;
	public static String PluginsCommand_installingUnsigned;
	public static String PluginsCommand_didInstall;
	public static String PluginsCommand_didUninstall;
	public static String PluginsCommand_nextStart;
	public static String ImportCommand_task;
	public static String AnalyzeCommand_task;
	public static String ExportCommand_task;
	public static String ReportCommand_task;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
