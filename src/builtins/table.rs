//! The command table: one row per built-in command fourd implements. A row
//! says everything about a command but its thread safety, which is 4D's own
//! (`src/names/commands.tsv`, read when the table is indexed); a unit test
//! checks each row against 4D's command list.

use super::{
    access, array_convert, array_search, arrays, blob, blob_compress, blob_text, classes, datetime,
    db, design, doc_paths, documents, environment, errors, external, file_objects, folders,
    json_arrays, json_schema, language, language_more, localize, math, objects, orda, output,
    regex, system, tags, text, tools,
};
use crate::eval::native::{CommandRow, NativeFn};

/// 4D Server runs it.
const ANYWHERE: bool = true;
/// Error 67 on 4D Server.
const NOT_ON_SERVER: bool = false;
const PURE: bool = true;
const EFFECT: bool = false;

const fn row(
    name: &'static str,
    number: u32,
    on_server: bool,
    pure: bool,
    signature: &'static str,
    run: NativeFn,
    summary: &'static str,
) -> CommandRow {
    CommandRow {
        name,
        number,
        on_server,
        signature,
        summary,
        pure,
        run,
    }
}

#[rustfmt::skip]
pub static TABLE: &[CommandRow] = &[
    // Output
    row("ALERT", 41, ANYWHERE, EFFECT, "message: Text; okTitle: Text?", output::alert, "Writes the message and a newline to stdout (fourd shows no dialog)"),
    row("LOG EVENT", 667, ANYWHERE, EFFECT, "output: Any; message: Any?; importance: Integer?", output::log_event, "Writes a message as is to stdout (or stderr) when the output is Into system standard outputs"),
    row("TRACE", 157, ANYWHERE, EFFECT, "", output::trace, "Does nothing: fourd has no debugger"),
    // Language
    row("Count parameters", 259, ANYWHERE, PURE, "-> Integer", language::count_parameters, "Number of arguments passed to the running method"),
    row("Current method name", 684, ANYWHERE, PURE, "-> Text", language::current_method_name, "Name of the running method"),
    row("Call chain", 1662, ANYWHERE, PURE, "-> Collection", language::call_chain, "The call chain, innermost first: [{type; name; line; database}]"),
    row("Undefined", 82, ANYWHERE, PURE, "expression: Lenient -> Boolean", language::undefined, "True if the value (or variable) is undefined"),
    row("Value type", 1509, ANYWHERE, PURE, "expression: Any -> Integer", language::value_type, "Type code of a value (every number is Is real)"),
    row("Type", 295, ANYWHERE, PURE, "variable: Var -> Integer", language::type_of, "Type code of a variable as declared"),
    row("Not", 34, ANYWHERE, PURE, "value: Boolean -> Boolean", language::not, "Boolean negation"),
    row("Bool", 1537, ANYWHERE, PURE, "expression: Any -> Boolean", language::bool, "A value as a Boolean"),
    row("Num", 11, ANYWHERE, PURE, "expression: Any; separator: Text? -> Real", language::num, "A value as a number (text: letters ignored)"),
    row("String", 10, ANYWHERE, PURE, "expression: Any; format: Any?; time: Any? -> Text", language::string, "A value as text, with an optional number, date or time format"),
    row("Date", 102, ANYWHERE, PURE, "expression: Any -> Date", language::date, "A value as a date"),
    row("Time", 179, ANYWHERE, PURE, "expression: Any -> Time", language::time, "A value as a time"),
    row("Choose", 955, ANYWHERE, PURE, "criterion: Any; value: Any... -> Any", language::choose, "The value selected by a Boolean or an index"),
    row("This", 1470, ANYWHERE, PURE, "-> Object", language::this, "The object a formula or function was called on"),
    row("Get pointer", 304, ANYWHERE, PURE, "name: Text -> Pointer", language::get_pointer, "A pointer to the process variable of that name"),
    row("Is nil pointer", 315, ANYWHERE, PURE, "pointer: Any -> Boolean", language::is_nil_pointer, "True if the pointer points nowhere"),
    row("CLEAR VARIABLE", 89, ANYWHERE, EFFECT, "variable: Var", language::clear_variable, "Resets a variable to its type's empty value"),
    row("Current process", 322, ANYWHERE, PURE, "-> Integer", language::current_process, "The process number (fourd runs one process: 1)"),
    row("DELAY PROCESS", 323, ANYWHERE, EFFECT, "process: Integer; duration: Number", language::delay_process, "Does nothing: fourd runs one process"),
    row("Is compiled mode", 492, ANYWHERE, PURE, "-> Boolean", language::is_compiled_mode, "False: fourd interprets"),
    row("Formula from string", 1601, ANYWHERE, PURE, "formula: Text -> Object", language::formula_from_string, "A formula object built from its text"),
    row("EXECUTE METHOD", 1007, ANYWHERE, EFFECT, "method: Text; result: Var?; param: Any...?", language::execute_method, "Calls a project method given by name"),
    row("RESOLVE POINTER", 394, ANYWHERE, EFFECT, "aPointer: Any; varName: Var; tableNum: Var; fieldNum: Var", language_more::resolve_pointer, "The name (and element numbers) of what a pointer designates"),
    row("Is a variable", 294, ANYWHERE, PURE, "aPointer: Any -> Boolean", language_more::is_a_variable, "True for a pointer to a variable"),
    row("Self", 308, ANYWHERE, PURE, "-> Pointer", language_more::self_pointer, "Nil: a headless run has no form object"),
    row("EXECUTE FORMULA", 63, ANYWHERE, EFFECT, "statement: Text", language_more::execute_formula, "Runs one line of code"),
    row("Command name", 538, ANYWHERE, EFFECT, "command: Integer; info: Var?; theme: Var? -> Text", language_more::command_name, "The name, thread safety (bit 0) and theme of a command by number"),
    row("GET LAST ERROR STACK", 1015, ANYWHERE, EFFECT, "codesArray: Var; intCompArray: Var; textArray: Var", language_more::get_last_error_stack, "The last errors: codes, components, texts"),
    row("OB GET PROPERTY NAMES", 1232, ANYWHERE, EFFECT, "object: Any; arrProperties: Var; arrTypes: Var?", language_more::ob_get_property_names, "The names (and types) of an object's properties"),
    row("OB SET NULL", 1233, ANYWHERE, EFFECT, "object: Any; property: Text", language_more::ob_set_null, "Sets a property to null"),
    row("SET REAL COMPARISON LEVEL", 623, ANYWHERE, EFFECT, "epsilon: Number", language::set_real_comparison_level, "Sets the tolerance of = between reals"),
    // Math
    row("Int", 8, ANYWHERE, PURE, "number: Number -> Real", math::int, "Largest integer not above the number"),
    row("Abs", 99, ANYWHERE, PURE, "number: Number -> Real", math::abs, "Absolute value"),
    row("Round", 94, ANYWHERE, PURE, "number: Number; places: Integer -> Real", math::round, "Rounds to places, halves away from zero"),
    row("Trunc", 95, ANYWHERE, PURE, "number: Number; places: Integer -> Real", math::trunc, "Truncates to places"),
    row("Mod", 98, ANYWHERE, PURE, "number: Number; divisor: Number -> Real", math::modulo, "Remainder of a 32-bit integer division"),
    row("Dec", 9, ANYWHERE, PURE, "number: Number -> Real", math::dec, "Fractional part"),
    row("Square root", 539, ANYWHERE, PURE, "number: Number -> Real", math::square_root, "Square root"),
    row("Exp", 21, ANYWHERE, PURE, "number: Number -> Real", math::exp, "e to the power"),
    row("Log", 22, ANYWHERE, PURE, "number: Number -> Real", math::log, "Natural logarithm"),
    row("Sin", 17, ANYWHERE, PURE, "number: Number -> Real", math::sin, "Sine"),
    row("Cos", 18, ANYWHERE, PURE, "number: Number -> Real", math::cos, "Cosine"),
    row("Tan", 19, ANYWHERE, PURE, "number: Number -> Real", math::tan, "Tangent"),
    row("Arctan", 20, ANYWHERE, PURE, "number: Number -> Real", math::arctan, "Arc tangent"),
    row("Random", 100, ANYWHERE, EFFECT, "-> Integer", math::random, "A pseudo-random integer from 0 to 32767"),
    // Text
    row("Length", 16, ANYWHERE, PURE, "text: Text -> Integer", text::length, "Number of characters (UTF-16 code units)"),
    row("Substring", 12, ANYWHERE, PURE, "text: Text; first: Integer; count: Integer? -> Text", text::substring, "Part of a text"),
    row("Position", 15, ANYWHERE, EFFECT, "find: Text; text: Text; start: Integer?; lengthFound: Var?; options: Integer?; *? -> Integer", text::position, "Where a text first occurs (ignoring case and accents unless *)"),
    row("Replace string", 233, ANYWHERE, PURE, "text: Text; old: Text; new: Text; howMany: Integer?; *? -> Text", text::replace_string, "Replaces occurrences of a text"),
    row("Delete string", 232, ANYWHERE, PURE, "text: Text; where: Integer; count: Integer -> Text", text::delete_string, "Removes characters"),
    row("Insert string", 231, ANYWHERE, PURE, "text: Text; what: Text; where: Integer -> Text", text::insert_string, "Inserts a text"),
    row("Change string", 234, ANYWHERE, PURE, "text: Text; new: Text; where: Integer -> Text", text::change_string, "Overwrites characters from a position"),
    row("Uppercase", 13, ANYWHERE, PURE, "text: Text; *? -> Text", text::uppercase, "Upper-case text"),
    row("Lowercase", 14, ANYWHERE, PURE, "text: Text; *? -> Text", text::lowercase, "Lower-case text"),
    row("Character code", 91, ANYWHERE, PURE, "character: Text -> Integer", text::character_code, "Code of the first character"),
    row("Char", 90, ANYWHERE, PURE, "code: Integer -> Text", text::char, "The character with this code"),
    row("Split string", 1554, ANYWHERE, PURE, "text: Text; separator: Text; options: Integer? -> Collection", text::split_string, "A collection of the parts of a text"),
    row("Trim", 1853, ANYWHERE, PURE, "text: Text -> Text", text::trim, "The text without leading and trailing blanks"),
    row("Generate UUID", 1066, ANYWHERE, EFFECT, "version: Integer? -> Text", text::generate_uuid, "A version 4 (or 7) UUID as 32 hexadecimal digits"),
    row("Compare strings", 1756, ANYWHERE, PURE, "aString: Text; bString: Text; options: Integer? -> Integer", text::compare_strings, "-1, 0 or 1: the order of two texts under the sk options"),
    row("GET TEXT KEYWORDS", 1141, ANYWHERE, EFFECT, "text: Text; keywords: Var; *?", text::get_text_keywords, "The words of a text, as the keyword operator % reads them (* each once)"),
    row("Match regex", 1019, ANYWHERE, EFFECT, "pattern: Text; aString: Text; start: Integer?; posFound: Var?; lengthFound: Var?; *? -> Boolean", regex::match_regex, "Whether an ICU regular expression matches (the whole text, or from start)"),
    row("Localized string", 991, ANYWHERE, EFFECT, "resName: Text -> Text", localize::localized_string, "The string of a resname in the current language's XLIFF files"),
    // Tools
    row("BASE64 ENCODE", 895, ANYWHERE, EFFECT, "toEncode: Lenient; encoded: Var?; *?", tools::base64_encode, "Base64 (or with * Base64URL) of a text's UTF-8 bytes"),
    row("BASE64 DECODE", 896, ANYWHERE, EFFECT, "toDecode: Lenient; decoded: Var?; *?", tools::base64_decode, "Decodes Base64 (or with * Base64URL) to UTF-8 text; invalid gives \"\""),
    row("Generate digest", 1147, ANYWHERE, PURE, "param: Any; algorithm: Integer; *? -> Text", tools::generate_digest, "MD5, SHA1, SHA256 or SHA512 digest in hexadecimal (* Base64URL)"),
    row("Generate password hash", 1533, ANYWHERE, EFFECT, "password: Text; options: Object? -> Text", tools::generate_password_hash, "A bcrypt hash of a password, with a new salt"),
    row("Verify password hash", 1534, ANYWHERE, PURE, "password: Text; hash: Text -> Boolean", tools::verify_password_hash, "Whether a password is a bcrypt hash's"),
    row("SET ENVIRONMENT VARIABLE", 812, ANYWHERE, EFFECT, "varName: Text; varValue: Text", external::set_environment_variable, "An environment variable of the programs LAUNCH EXTERNAL PROCESS starts"),
    row("LAUNCH EXTERNAL PROCESS", 811, ANYWHERE, EFFECT, "fileName: Text; inputStream: Lenient?; outputStream: Var?; errorStream: Var?; pid: Var?", external::launch_external_process, "Runs a program (only with --allow-exec); its stdout and stderr as text"),
    row("PROCESS 4D TAGS", 816, ANYWHERE, EFFECT, "inputTemplate: Text; outputResult: Var; param: Any...?", tags::process_4d_tags, "Runs a template's 4D transformation tags ($1… are the params)"),
    row("OPEN URL", 673, ANYWHERE, EFFECT, "path: Text; appName: Text?; *?", external::open_url, "Does nothing: a headless run has no browser"),
    // JSON
    row("JSON Stringify array", 1228, ANYWHERE, PURE, "array: Lenient; *? -> Text", json_arrays::json_stringify_array, "JSON text of an array's elements (* indents it)"),
    row("JSON Validate", 1456, ANYWHERE, PURE, "vJson: Any; vSchema: Any -> Object", json_schema::json_validate, "Checks a value against a JSON Schema (draft 4, or 2020-12): {success; errors}"),
    row("JSON PARSE ARRAY", 1219, ANYWHERE, EFFECT, "jsonString: Text; array: Var", json_arrays::json_parse_array, "Fills an array with the elements of a JSON array"),
    // 4D Environment
    row("Application version", 493, ANYWHERE, EFFECT, "buildNum: Var?; *? -> Text", environment::application_version, "\"2100\" (4D 21), or \"F0002100\" with *"),
    row("Version type", 495, ANYWHERE, PURE, "-> Integer", environment::version_type, "64 bit version (1)"),
    row("Application info", 1599, ANYWHERE, PURE, "-> Object", environment::application_info, "The application's activity: headless, no load, no network"),
    row("Get database parameter", 643, ANYWHERE, EFFECT, "selector: Any; stringValue: Var?; extra: Var? -> Real", environment::get_database_parameter, "A database parameter; User param value (108) is the --user-param text"),
    row("SET DATABASE PARAMETER", 642, ANYWHERE, EFFECT, "selector: Any; value: Any; extra: Any?", environment::set_database_parameter, "Keeps a database parameter's value for Get database parameter"),
    row("Structure file", 489, ANYWHERE, PURE, "*? -> Text", environment::structure_file, "The project's .4DProject file"),
    row("Data file", 490, ANYWHERE, PURE, "segment: Integer? -> Text", environment::data_file, "The project's Data/data.4DD (fourd's data is in memory)"),
    row("Application file", 491, ANYWHERE, PURE, "-> Text", environment::application_file, "The fourd program that runs"),
    row("COMPONENT LIST", 1001, ANYWHERE, EFFECT, "componentsArray: Var", environment::component_list, "No components: an empty array"),
    row("Get 4D folder", 485, ANYWHERE, EFFECT, "folder: Integer?; *? -> Text", folders::get_4d_folder, "A folder of the project or of the run, as a path ending with /"),
    row("Temporary folder", 486, ANYWHERE, EFFECT, "-> Text", folders::temporary_folder, "The run's temporary folder"),
    row("File", 1566, ANYWHERE, EFFECT, "path: Any; pathType: Integer?; *? -> Object", file_objects::file, "A 4D.File object for a path (fk posix path, fk platform path) inside the run's folders"),
    row("Folder", 1567, ANYWHERE, EFFECT, "path: Any; pathType: Integer?; *? -> Object", file_objects::folder, "A 4D.Folder object for a path or a folder constant (fk data folder, fk desktop folder…)"),
    // System Documents (docs/files.md)
    row("Document to text", 1236, ANYWHERE, EFFECT, "fileName: Text; charSet: Any?; breakMode: Integer? -> Text", documents::document_to_text, "A document's whole text (a BOM chooses the charset; UTF-8 by default)"),
    row("TEXT TO DOCUMENT", 1237, ANYWHERE, EFFECT, "fileName: Text; text: Text; charSet: Any?; breakMode: Integer?", documents::text_to_document, "Writes a document's whole text (UTF-8 without BOM by default)"),
    row("Create document", 266, ANYWHERE, EFFECT, "document: Text; fileType: Text? -> Time", documents::create_document, "Creates (or empties) a document and opens it; sets OK and Document"),
    row("Open document", 264, ANYWHERE, EFFECT, "document: Text; fileType: Any?; mode: Integer? -> Time", documents::open_document, "Opens a document (Read and Write, Write Mode, Read Mode, Get Pathname); sets OK and Document"),
    row("Append document", 265, ANYWHERE, EFFECT, "document: Text; fileType: Text? -> Time", documents::append_document, "Opens a document at its end; sets OK and Document"),
    row("CLOSE DOCUMENT", 267, ANYWHERE, EFFECT, "docRef: Time", documents::close_document, "Closes an open document"),
    row("SEND PACKET", 103, ANYWHERE, EFFECT, "docRef: Any; packet: Any?", documents::send_packet, "Writes text (UTF-8) at an open document's position"),
    row("RECEIVE PACKET", 104, ANYWHERE, EFFECT, "docRef: Any; receiveVar: Var?; stop: Any?", documents::receive_packet, "Reads text up to a stop string or a count of characters; OK 0 at the end"),
    row("Get document size", 479, ANYWHERE, EFFECT, "document: Any; *? -> Real", documents::get_document_size, "A document's size in bytes (by path or DocRef)"),
    row("SET DOCUMENT SIZE", 480, ANYWHERE, EFFECT, "docRef: Time; size: Number", documents::set_document_size, "Cuts or extends an open document"),
    row("Get document position", 481, ANYWHERE, EFFECT, "docRef: Time -> Real", documents::get_document_position, "Where the next read or write happens, in bytes"),
    row("SET DOCUMENT POSITION", 482, ANYWHERE, EFFECT, "docRef: Time; offset: Number; anchor: Integer?", documents::set_document_position, "Moves an open document's position (from the start, end or current place)"),
    row("Test path name", 476, ANYWHERE, EFFECT, "pathname: Text -> Integer", doc_paths::test_path_name, "1 for a document, 0 for a folder, else an error code (-43: nothing there)"),
    row("CREATE FOLDER", 475, ANYWHERE, EFFECT, "folderPath: Text; *?", doc_paths::create_folder, "Creates a folder (with *, the whole hierarchy)"),
    row("DELETE FOLDER", 693, ANYWHERE, EFFECT, "folder: Text; deleteOption: Integer?", doc_paths::delete_folder, "Deletes a folder (Delete with contents: and all it holds)"),
    row("DELETE DOCUMENT", 159, ANYWHERE, EFFECT, "document: Text", doc_paths::delete_document, "Deletes a document; sets OK"),
    row("COPY DOCUMENT", 541, ANYWHERE, EFFECT, "sourceName: Text; destinationName: Text; newName: Text?; *?", doc_paths::copy_document, "Copies a document or a folder (* replaces what is there)"),
    row("MOVE DOCUMENT", 540, ANYWHERE, EFFECT, "srcPathname: Text; dstPathname: Text", doc_paths::move_document, "Moves or renames a document"),
    row("DOCUMENT LIST", 474, ANYWHERE, EFFECT, "pathname: Text; documents: Var; options: Integer?", doc_paths::document_list, "The documents of a folder, sorted (Recursive parsing, Absolute path, Posix path, Ignore invisible)"),
    row("FOLDER LIST", 473, ANYWHERE, EFFECT, "pathname: Text; directories: Var", doc_paths::folder_list, "The folders of a folder, sorted"),
    row("GET DOCUMENT PROPERTIES", 477, ANYWHERE, EFFECT, "document: Text; locked: Var; invisible: Var; createdOn: Var; createdAt: Var; modifiedOn: Var; modifiedAt: Var", doc_paths::get_document_properties, "A document's locked and invisible flags and its dates"),
    row("GET DOCUMENT ICON", 700, ANYWHERE, EFFECT, "document: Any; icon: Var; size: Integer?", doc_paths::get_document_icon, "Not available headless"),
    row("Convert path system to POSIX", 1106, ANYWHERE, EFFECT, "systemPath: Text; *? -> Text", doc_paths::convert_path_system_to_posix, "An absolute POSIX path (* %-escapes)"),
    row("Convert path POSIX to system", 1107, ANYWHERE, PURE, "posixPath: Text; *? -> Text", doc_paths::convert_path_posix_to_system, "The system path: the same on Linux (* decodes %-escapes)"),
    row("Path to object", 1547, ANYWHERE, PURE, "path: Text; pathType: Integer? -> Object", doc_paths::path_to_object, "{parentFolder; name; extension; isFolder} read from a path's text"),
    row("Object to path", 1548, ANYWHERE, PURE, "pathObject: Object; pathType: Integer? -> Text", doc_paths::object_to_path, "The path of a Path to object object"),
    row("Localized document path", 1105, ANYWHERE, EFFECT, "relativePath: Text -> Text", doc_paths::localized_document_path, "A document's path in the current language's .lproj folder"),
    row("Select document", 905, ANYWHERE, EFFECT, "directory: Any; fileTypes: Any?; title: Any?; options: Integer?; selected: Var? -> Text", doc_paths::select_document, "Fails: a headless run has no one to answer a dialog (OK 0)"),
    row("Select folder", 670, ANYWHERE, EFFECT, "message: Any?; defaultPath: Any?; options: Integer? -> Text", doc_paths::select_folder, "Fails: a headless run has no one to answer a dialog (OK 0)"),
    row("System folder", 487, ANYWHERE, EFFECT, "type: Integer? -> Text", folders::system_folder, "A desktop's folder, inside the run's temporary folder"),
    row("Is data file locked", 716, ANYWHERE, PURE, "-> Boolean", environment::is_data_file_locked, "False"),
    row("QUIT 4D", 291, ANYWHERE, EFFECT, "time: Integer?", environment::quit_4d, "Ends the run (exit 0) once the calling method returns; On Exit runs"),
    row("REJECT NEW REMOTE CONNECTIONS", 1635, ANYWHERE, EFFECT, "rejectStatus: Boolean", environment::reject_new_remote_connections, "Recorded for Application info; fourd takes no connections"),
    row("RESTART 4D", 1292, ANYWHERE, EFFECT, "time: Integer?; message: Text?", environment::restart_4d, "Error -30012: a run cannot restart"),
    row("OPEN DATABASE", 1321, ANYWHERE, EFFECT, "filePath: Text", environment::open_database, "Error -30012: a run cannot open another project"),
    row("RELOAD PROJECT", 1739, ANYWHERE, EFFECT, "", environment::reload_project, "Error -30012: a run cannot reload its project"),
    row("BUILD APPLICATION", 871, ANYWHERE, EFFECT, "buildAppSettings: Text?", environment::build_application, "Error -30012: fourd cannot build applications"),
    row("SET UPDATE FOLDER", 1291, ANYWHERE, EFFECT, "folderPath: Text; silentErrors: Boolean?", environment::set_update_folder, "Error -30012: a run cannot update itself"),
    row("OPEN DATA FILE", 312, ANYWHERE, EFFECT, "accessPath: Text", environment::open_data_file, "Error -30012: a run cannot reopen on another data file"),
    row("Get database localization", 1009, ANYWHERE, PURE, "languageType: Integer?; *? -> Text", localize::get_database_localization, "The language of the project's XLIFF files (default, current, system)"),
    row("SET DATABASE LOCALIZATION", 1104, ANYWHERE, EFFECT, "languageCode: Text; *?", localize::set_database_localization, "The language Localized string reads for the rest of the run"),
    row("OPEN SETTINGS WINDOW", 903, ANYWHERE, EFFECT, "selector: Text; access: Boolean?; settingsType: Integer?", system::open_settings_window, "Error -30012: no Design environment in a headless run"),
    // System Environment
    row("Is macOS", 1572, ANYWHERE, PURE, "-> Boolean", system::is_macos, "False: fourd runs on Linux"),
    row("Is Windows", 1573, ANYWHERE, PURE, "-> Boolean", system::is_windows, "False: fourd runs on Linux"),
    row("Current machine", 483, ANYWHERE, PURE, "-> Text", system::current_machine, "\"fourd\""),
    row("Current system user", 484, ANYWHERE, PURE, "-> Text", system::current_system_user, "\"fourd\""),
    row("System info", 1571, ANYWHERE, PURE, "-> Object", system::system_info, "A fixed description of a Linux machine in US English"),
    row("GET SYSTEM FORMAT", 994, ANYWHERE, EFFECT, "format: Integer; value: Var", system::get_system_format, "US English separators, currency and date and time patterns"),
    row("FONT LIST", 460, ANYWHERE, EFFECT, "fonts: Var; listType: Integer?; *?", system::font_list, "No fonts in a headless run: an empty array"),
    row("FONT STYLE LIST", 1362, ANYWHERE, EFFECT, "fontFamily: Text; styles: Var; names: Var?", system::font_style_list, "No fonts in a headless run: an empty array"),
    row("Screen width", 187, ANYWHERE, PURE, "*? -> Integer", system::no_screen, "0: a headless run has no screen"),
    row("Screen height", 188, ANYWHERE, PURE, "*? -> Integer", system::no_screen, "0: a headless run has no screen"),
    row("Count screens", 437, ANYWHERE, PURE, "-> Integer", system::no_screen, "0: a headless run has no screen"),
    row("Menu bar height", 440, ANYWHERE, PURE, "-> Integer", system::no_screen, "0: a headless run has no screen"),
    row("Menu bar screen", 441, ANYWHERE, PURE, "-> Integer", system::no_screen, "0: a headless run has no screen"),
    row("SCREEN COORDINATES", 438, ANYWHERE, EFFECT, "left: Var; top: Var; right: Var; bottom: Var; screen: Integer?; *?", system::screen_coordinates, "All 0: a headless run has no screen"),
    row("SCREEN DEPTH", 439, ANYWHERE, EFFECT, "depth: Var; color: Var; screen: Integer?", system::screen_depth, "0 and 0: a headless run has no screen"),
    row("Select RGB color", 956, ANYWHERE, EFFECT, "defaultColor: Integer?; message: Text? -> Integer", system::select_rgb_color, "The dialog is cancelled: -1, OK 0"),
    row("OPEN COLOR PICKER", 1304, ANYWHERE, EFFECT, "textOrBackground: Integer?", system::no_palette, "Does nothing: a headless run has no palette"),
    row("OPEN FONT PICKER", 1303, ANYWHERE, EFFECT, "", system::no_palette, "Does nothing: a headless run has no palette"),
    row("SET MACRO PARAMETER", 998, ANYWHERE, EFFECT, "selector: Integer; textParam: Text", system::macro_parameter, "Error -30012: macros run in the Method editor"),
    row("GET MACRO PARAMETER", 997, ANYWHERE, EFFECT, "selector: Integer; textParam: Var", system::macro_parameter, "Error -30012: macros run in the Method editor"),
    // Design Object Access
    row("METHOD GET NAMES", 1166, ANYWHERE, EFFECT, "arrNames: Var; filter: Text?; *?", design::method_get_names, "The project methods' names (matching a filter with @)"),
    row("Current method path", 1201, ANYWHERE, PURE, "-> Text", design::current_method_path, "The internal path of the running method"),
    row("METHOD GET PATHS", 1163, ANYWHERE, EFFECT, "folderOrType: Any; typeOrPaths: Lenient; pathsOrStamp: Lenient?; stamp: Lenient?; *?", design::method_get_paths, "The internal paths of the methods of some types"),
    row("METHOD Get path", 1164, ANYWHERE, PURE, "methodType: Integer; objectName: Any?; formObjectName: Any?; extra: Any?; *? -> Text", design::method_get_path, "The internal path of a method"),
    row("METHOD GET CODE", 1190, ANYWHERE, EFFECT, "path: Any; code: Lenient; option: Integer?; *?", design::method_get_code, "The code of methods, as their files hold it"),
    row("METHOD Get attribute", 1169, ANYWHERE, PURE, "path: Text; attribType: Integer; *? -> Boolean", design::method_get_attribute, "An attribute of a method (invisible, shared, published…)"),
    row("METHOD GET MODIFICATION DATE", 1170, ANYWHERE, EFFECT, "path: Text; modDate: Var; modTime: Var; *?", design::method_get_modification_date, "When a method's file last changed (UTC)"),
    row("FORM GET NAMES", 1167, ANYWHERE, EFFECT, "arrNames: Var; filter: Text?; *?", design::form_get_names, "The project forms' names"),
    row("METHOD OPEN PATH", 1213, ANYWHERE, EFFECT, "path: Text; line: Integer?; *?", system::method_open_path, "Error -30012: no Method editor in a headless run"),
    row("METHOD SET CODE", 1194, ANYWHERE, EFFECT, "path: Any; code: Any; *?", design::method_set_code, "Error -30012: a run does not change its project"),
    row("METHOD SET ATTRIBUTE", 1192, ANYWHERE, EFFECT, "path: Text; attribType: Integer; attribValue: Any; extra: Any?; *?", design::method_set_attribute, "Error -30012: a run does not change its project"),
    row("METHOD SET ATTRIBUTES", 1335, ANYWHERE, EFFECT, "path: Any; attributes: Any; *?", design::method_set_attributes, "Error -30012: a run does not change its project"),
    row("METHOD SET COMMENTS", 1193, ANYWHERE, EFFECT, "path: Any; comments: Any; *?", design::method_set_comments, "Error -30012: a run does not change its project"),
    // Objects and collections
    row("New object", 1471, ANYWHERE, PURE, "property: Any...? -> Object", objects::new_object, "An object from name/value pairs"),
    row("New shared object", 1526, ANYWHERE, PURE, "property: Any...? -> Object", objects::new_shared_object, "A shared object (changed only inside Use)"),
    row("New collection", 1472, ANYWHERE, PURE, "value: Any...? -> Collection", objects::new_collection, "A collection of the values"),
    row("New shared collection", 1527, ANYWHERE, PURE, "value: Any...? -> Collection", objects::new_shared_collection, "A shared collection"),
    row("OB Keys", 1719, ANYWHERE, PURE, "object: Object -> Collection", objects::ob_keys, "Property names, in creation order"),
    row("OB Values", 1718, ANYWHERE, PURE, "object: Object -> Collection", objects::ob_values, "Property values, in creation order"),
    row("OB Entries", 1720, ANYWHERE, PURE, "object: Object -> Collection", objects::ob_entries, "[{key; value}] for each property"),
    row("OB Copy", 1225, ANYWHERE, PURE, "object: Any; option: Any? -> Object", objects::ob_copy, "A deep copy"),
    row("OB Is defined", 1231, ANYWHERE, PURE, "object: Object; property: Text? -> Boolean", objects::ob_is_defined, "Whether the object (or a property) exists"),
    row("OB Is empty", 1297, ANYWHERE, PURE, "object: Object -> Boolean", objects::ob_is_empty, "True for a Null or empty object"),
    row("OB Is shared", 1759, ANYWHERE, PURE, "value: Any -> Boolean", objects::ob_is_shared, "Whether an object or collection is shared"),
    row("OB REMOVE", 1226, ANYWHERE, EFFECT, "object: Object; property: Text", objects::ob_remove, "Deletes a property"),
    row("OB Get type", 1230, ANYWHERE, PURE, "object: Object; property: Text -> Integer", objects::ob_get_type, "Value type of a property (Is undefined when missing)"),
    row("OB Get", 1224, ANYWHERE, PURE, "object: Object; property: Text; type: Integer? -> Any", objects::ob_get, "A property's value"),
    row("OB SET", 1220, ANYWHERE, EFFECT, "object: Object; property: Any...", objects::ob_set, "Sets properties"),
    row("JSON Stringify", 1217, ANYWHERE, PURE, "value: Any; *? -> Text", objects::json_stringify, "JSON text of a value (* indents it)"),
    row("JSON Parse", 1218, ANYWHERE, PURE, "text: Text; type: Integer? -> Any", objects::json_parse, "The value of a JSON text"),
    row("4D", 1709, ANYWHERE, PURE, "-> Object", classes::four_d, "The class store of 4D's built-in classes (4D.Object, 4D.Function…)"),
    row("cs", 1710, ANYWHERE, PURE, "-> Object", classes::cs, "The class store of the project's classes"),
    row("OB Class", 1730, ANYWHERE, PURE, "object: Any -> Object", classes::ob_class, "The class object of an object"),
    row("OB Instance of", 1731, ANYWHERE, PURE, "object: Any; class: Any -> Boolean", classes::ob_instance_of, "True if the object belongs to the class or a subclass"),
    row("Storage", 1525, ANYWHERE, PURE, "-> Object", objects::storage, "The application's shared storage object"),
    // Arrays
    row("ARRAY TEXT", 222, ANYWHERE, EFFECT, "array: Var; size: Integer; size2: Integer?", arrays::array_text, "Creates or resizes a text array"),
    row("ARRAY LONGINT", 221, ANYWHERE, EFFECT, "array: Var; size: Integer; size2: Integer?", arrays::array_longint, "Creates or resizes an integer array"),
    row("ARRAY INTEGER", 220, ANYWHERE, EFFECT, "array: Var; size: Integer; size2: Integer?", arrays::array_integer, "Creates or resizes an integer array"),
    row("ARRAY REAL", 219, ANYWHERE, EFFECT, "array: Var; size: Integer; size2: Integer?", arrays::array_real, "Creates or resizes a real array"),
    row("ARRAY BOOLEAN", 223, ANYWHERE, EFFECT, "array: Var; size: Integer; size2: Integer?", arrays::array_boolean, "Creates or resizes a Boolean array"),
    row("ARRAY DATE", 224, ANYWHERE, EFFECT, "array: Var; size: Integer; size2: Integer?", arrays::array_date, "Creates or resizes a date array"),
    row("ARRAY TIME", 1223, ANYWHERE, EFFECT, "array: Var; size: Integer; size2: Integer?", arrays::array_time, "Creates or resizes a time array"),
    row("ARRAY OBJECT", 1221, ANYWHERE, EFFECT, "array: Var; size: Integer; size2: Integer?", arrays::array_object, "Creates or resizes an object array"),
    row("ARRAY POINTER", 280, ANYWHERE, EFFECT, "array: Var; size: Integer; size2: Integer?", arrays::array_pointer, "Creates or resizes a pointer array"),
    row("Size of array", 274, ANYWHERE, PURE, "array: Var -> Integer", arrays::size_of_array, "Number of elements (element 0 not counted)"),
    row("APPEND TO ARRAY", 911, ANYWHERE, EFFECT, "array: Var; value: Any", arrays::append_to_array, "Adds an element at the end"),
    row("INSERT IN ARRAY", 227, ANYWHERE, EFFECT, "array: Var; where: Integer; count: Integer?", arrays::insert_in_array, "Inserts empty elements"),
    row("DELETE FROM ARRAY", 228, ANYWHERE, EFFECT, "array: Var; where: Integer; count: Integer?", arrays::delete_from_array, "Removes elements"),
    row("Find in array", 230, ANYWHERE, PURE, "array: Var; value: Any; start: Integer? -> Integer", arrays::find_in_array, "Index of the first equal element, or -1"),
    row("SORT ARRAY", 229, ANYWHERE, EFFECT, "array: Var; more: Var...?", arrays::sort_array, "Sorts arrays (> ascending, < descending) by the first"),
    row("COLLECTION TO ARRAY", 1562, ANYWHERE, EFFECT, "collection: Collection; array: Var; propertyName: Any...?", array_convert::collection_to_array, "Copies a collection (or a property of its objects) into arrays"),
    row("ARRAY TO COLLECTION", 1563, ANYWHERE, EFFECT, "collection: Collection; array: Var; propertyName: Any...?", array_convert::array_to_collection, "Copies arrays into a collection (or properties of its objects)"),
    row("OB SET ARRAY", 1227, ANYWHERE, EFFECT, "object: Any; property: Text; array: Any", array_convert::ob_set_array, "Sets a property to a collection of an array's elements"),
    row("OB GET ARRAY", 1229, ANYWHERE, EFFECT, "object: Any; property: Text; array: Var", array_convert::ob_get_array, "Fills an array with a property's collection"),
    row("COPY ARRAY", 226, ANYWHERE, EFFECT, "source: Var; destination: Var", arrays::copy_array, "Makes the destination a copy of the source array"),
    row("Count in array", 907, ANYWHERE, PURE, "array: Var; value: Any -> Integer", array_search::count_in_array, "Number of elements equal to the value"),
    row("Find in sorted array", 1333, ANYWHERE, EFFECT, "array: Var; value: Any; order: Symbol; posFirst: Var?; posLast: Var? -> Boolean", array_search::find_in_sorted_array, "Binary search of a sorted array: found?, first and last positions"),
    row("MULTI SORT ARRAY", 718, ANYWHERE, EFFECT, "array: Var; more: Var...?", array_search::multi_sort_array, "Sorts arrays together on several levels (> ascending, < descending)"),
    row("ARRAY PICTURE", 279, ANYWHERE, EFFECT, "array: Var; size: Integer; size2: Integer?", arrays::array_picture, "Creates or resizes a picture array"),
    row("ARRAY BLOB", 1222, ANYWHERE, EFFECT, "array: Var; size: Integer; size2: Integer?", arrays::array_blob, "Creates or resizes a BLOB array"),
    // BLOB
    row("BLOB size", 605, ANYWHERE, PURE, "blob: Any -> Integer", blob::blob_size, "Number of bytes of a BLOB"),
    row("SET BLOB SIZE", 606, ANYWHERE, EFFECT, "blob: Var; size: Integer; filler: Integer?", blob::set_blob_size, "Resizes a BLOB (new bytes are the filler, or 0)"),
    row("INTEGER TO BLOB", 548, ANYWHERE, EFFECT, "integer: Number; blob: Var; byteOrder: Integer; offset: Var?; *?", blob::integer_to_blob, "Writes a 2-byte integer (at the start, an offset, or with * the end)"),
    row("LONGINT TO BLOB", 550, ANYWHERE, EFFECT, "longint: Number; blob: Var; byteOrder: Integer; offset: Var?; *?", blob::longint_to_blob, "Writes a 4-byte integer (at the start, an offset, or with * the end)"),
    row("REAL TO BLOB", 552, ANYWHERE, EFFECT, "real: Number; blob: Var; realFormat: Integer; offset: Var?; *?", blob::real_to_blob, "Writes a real (8 bytes, or 10 in Extended real format)"),
    row("BLOB to integer", 549, ANYWHERE, EFFECT, "blob: Any; byteOrder: Integer; offset: Var? -> Integer", blob::blob_to_integer, "Reads a 2-byte integer"),
    row("BLOB to longint", 551, ANYWHERE, EFFECT, "blob: Any; byteOrder: Integer; offset: Var? -> Integer", blob::blob_to_longint, "Reads a 4-byte integer"),
    row("BLOB to real", 553, ANYWHERE, EFFECT, "blob: Any; realFormat: Integer; offset: Var? -> Real", blob::blob_to_real, "Reads a real"),
    row("TEXT TO BLOB", 554, ANYWHERE, EFFECT, "text: Text; blob: Var; textFormat: Integer?; offset: Var?; *?", blob_text::text_to_blob, "Writes a text in one of the seven text formats (Mac C string by default)"),
    row("BLOB to text", 555, ANYWHERE, EFFECT, "blob: Any; textFormat: Integer; offset: Var?; textLength: Integer? -> Text", blob_text::blob_to_text, "Reads a text in one of the seven text formats"),
    row("COPY BLOB", 558, ANYWHERE, EFFECT, "srcBLOB: Any; dstBLOB: Var; srcOffset: Integer; dstOffset: Integer; len: Integer", blob::copy_blob, "Copies bytes from one BLOB into another"),
    row("INSERT IN BLOB", 559, ANYWHERE, EFFECT, "blob: Var; offset: Integer; len: Integer; filler: Integer?", blob::insert_in_blob, "Inserts bytes (the filler, or 0)"),
    row("DELETE FROM BLOB", 560, ANYWHERE, EFFECT, "blob: Var; offset: Integer; len: Integer", blob::delete_from_blob, "Removes bytes"),
    row("COMPRESS BLOB", 534, ANYWHERE, EFFECT, "blob: Var; compression: Integer?", blob_compress::compress_blob, "Compresses a BLOB of 255 bytes or more (GZIP modes: standard gzip)"),
    row("EXPAND BLOB", 535, ANYWHERE, EFFECT, "blob: Var", blob_compress::expand_blob, "Expands a compressed BLOB"),
    row("BLOB PROPERTIES", 536, ANYWHERE, EFFECT, "blob: Any; compressed: Var; expandedSize: Var?; currentSize: Var?", blob_compress::blob_properties, "How a BLOB is compressed, its expanded and current sizes"),
    row("CONVERT FROM TEXT", 1011, ANYWHERE, EFFECT, "text: Text; charSet: Any; convertedBLOB: Var", blob_text::convert_from_text, "A text's bytes in a character set"),
    row("Convert to text", 1012, ANYWHERE, EFFECT, "blob: Any; charSet: Any -> Text", blob_text::convert_to_text, "A BLOB's bytes read in a character set"),
    // Dates and times
    row("Current date", 33, ANYWHERE, PURE, "*? -> Date", datetime::current_date, "Today (UTC)"),
    row("Current time", 178, ANYWHERE, PURE, "*? -> Time", datetime::current_time, "The time of day (UTC)"),
    row("Milliseconds", 459, ANYWHERE, PURE, "-> Integer", datetime::milliseconds, "Milliseconds since the run started"),
    row("Tickcount", 458, ANYWHERE, PURE, "-> Integer", datetime::tickcount, "Ticks (1/60 s) since the run started"),
    row("Timestamp", 1445, ANYWHERE, PURE, "-> Text", datetime::timestamp, "The current time in ISO 8601, UTC"),
    row("Add to date", 393, ANYWHERE, PURE, "date: Date; years: Integer; months: Integer; days: Integer -> Date", datetime::add_to_date, "A date moved by years, months and days"),
    row("Day of", 23, ANYWHERE, PURE, "date: Date -> Integer", datetime::day_of, "Day of the month"),
    row("Month of", 24, ANYWHERE, PURE, "date: Date -> Integer", datetime::month_of, "Month number"),
    row("Year of", 25, ANYWHERE, PURE, "date: Date -> Integer", datetime::year_of, "Year"),
    row("Day number", 114, ANYWHERE, PURE, "date: Date -> Integer", datetime::day_number, "Day of the week, 1 = Sunday"),
    row("Time string", 180, ANYWHERE, PURE, "time: Any -> Text", datetime::time_string, "HH:MM:SS"),
    // Errors
    row("ON ERR CALL", 155, ANYWHERE, EFFECT, "method: Text; scope: Integer?", errors::on_err_call, "Installs (or with \"\" removes) an error-handling method"),
    row("Method called on error", 704, ANYWHERE, PURE, "scope: Integer? -> Text", errors::method_called_on_error, "The installed error handler"),
    row("Last errors", 1799, ANYWHERE, PURE, "-> Collection", errors::last_errors, "The last error event: [{errCode; message; componentSignature}]"),
    row("ABORT", 156, ANYWHERE, EFFECT, "", errors::abort, "Stops the run (exit status 1)"),
    row("ASSERT", 1129, ANYWHERE, EFFECT, "condition: Boolean; message: Text?", errors::assert, "Error -10518 when the condition is False"),
    row("Asserted", 1132, ANYWHERE, EFFECT, "condition: Boolean; message: Text? -> Boolean", errors::asserted, "Like ASSERT, and returns the condition"),
    row("SET ASSERT ENABLED", 1131, ANYWHERE, EFFECT, "enabled: Boolean; *?", errors::set_assert_enabled, "Turns assertions on or off"),
    row("Get assert enabled", 1130, ANYWHERE, PURE, "-> Boolean", errors::get_assert_enabled, "Whether assertions are on"),
    row("throw", 1805, ANYWHERE, EFFECT, "error: Any?; description: Text?", errors::throw, "Raises an error (a code and text, or an error object)"),
    // Users, groups, plug-ins, licences
    row("SET PLUGIN ACCESS", 845, ANYWHERE, EFFECT, "plugIn: Integer; group: Text", access::set_plugin_access, "Binds a serialized plug-in to the one group allowed to use it"),
    row("Get plugin access", 846, ANYWHERE, PURE, "plugIn: Integer -> Text", access::get_plugin_access, "The group bound to a plug-in, or \"\""),
    row("PLUGIN LIST", 847, ANYWHERE, EFFECT, "numbers: Var; names: Var", access::plugin_list, "The installed plug-ins"),
    row("Is license available", 714, ANYWHERE, EFFECT, "license: Integer? -> Boolean", access::is_license_available, "Whether the account holds (or can take) a licence"),
    row("SET GROUP ACCESS", 1737, NOT_ON_SERVER, EFFECT, "groups: Collection?", access::set_group_access, "Replaces the account's group memberships for the session"),
    row("Get group access", 1738, ANYWHERE, PURE, "-> Collection", access::get_group_access, "The account's groups for the session"),
    row("CHANGE CURRENT USER", 289, ANYWHERE, EFFECT, "user: Any?; password: Text?", access::change_current_user, "Logs in as another user (client/server kinds only)"),
    row("Current user", 182, ANYWHERE, PURE, "selector: Integer? -> Text", access::current_user, "The alias or account name of the session's user"),
    row("SET USER ALIAS", 1666, NOT_ON_SERVER, EFFECT, "alias: Text", access::set_user_alias, "Sets the session's display name for the account"),
    row("User in group", 338, ANYWHERE, PURE, "user: Text; group: Text -> Boolean", access::user_in_group, "Whether an account is (transitively) in a group"),
    row("GET USER LIST", 609, ANYWHERE, EFFECT, "names: Var; ids: Var", access::get_user_list, "Names and ids of the active users"),
    row("GET GROUP LIST", 610, ANYWHERE, EFFECT, "names: Var; ids: Var", access::get_group_list, "Names and ids of the groups"),
    row("GET USER PROPERTIES", 611, ANYWHERE, EFFECT, "userID: Integer; name: Var; startup: Var; password: Var; nbLogin: Var; lastLogin: Var; memberships: Var?; groupOwner: Var?", access::get_user_properties, "A user's name, startup method and direct groups"),
    row("Set user properties", 612, ANYWHERE, EFFECT, "userID: Var; name: Text; startup: Text; password: Text; nbLogin: Any; lastLogin: Any; memberships: Var?; groupOwner: Any? -> Integer", access::set_user_properties, "Creates (-1) or modifies a user"),
    row("GET GROUP PROPERTIES", 613, ANYWHERE, EFFECT, "groupID: Integer; name: Var; owner: Var; members: Var?", access::get_group_properties, "A group's name and direct members"),
    row("Set group properties", 614, ANYWHERE, EFFECT, "groupID: Var; name: Text; owner: Any; members: Var? -> Integer", access::set_group_properties, "Creates (-1) or modifies a group"),
    row("DELETE USER", 615, ANYWHERE, EFFECT, "userID: Integer", access::delete_user, "Marks a user deleted"),
    row("Is user deleted", 616, ANYWHERE, PURE, "userID: Integer -> Boolean", access::is_user_deleted, "True if deleted or unknown"),
    row("Validate password", 638, ANYWHERE, PURE, "user: Any; password: Text; digest: Boolean? -> Boolean", access::validate_password, "Whether a password is the account's"),
    row("Application type", 494, ANYWHERE, PURE, "-> Integer", access::application_type, "4D Local mode, 4D Remote mode, 4D Server…"),
    // Database: Structure Access
    row("Table", 252, ANYWHERE, PURE, "tableOrField: Any -> Any", db::structure::table, "A table's number (from a pointer), or a pointer to the table (from a number)"),
    row("Field", 253, ANYWHERE, PURE, "field: Any; fieldNum: Integer? -> Any", db::structure::field, "A field's number (from a pointer), or a pointer to the field (from numbers)"),
    row("Table name", 256, ANYWHERE, PURE, "table: Any -> Text", db::structure::table_name, "The name of a table, by number or pointer"),
    row("Field name", 257, ANYWHERE, PURE, "field: Any; fieldNum: Integer? -> Text", db::structure::field_name, "The name of a field, by pointer or numbers"),
    row("Last table number", 254, ANYWHERE, PURE, "-> Integer", db::structure::last_table_number, "The highest table number of the structure"),
    row("Last field number", 255, ANYWHERE, PURE, "table: Any -> Integer", db::structure::last_field_number, "The highest field number of a table"),
    row("GET FIELD PROPERTIES", 258, ANYWHERE, EFFECT, "field: Raw; fieldNumOrType: Raw?; a: Raw?; b: Raw?; c: Raw?; d: Raw?; e: Raw?", db::structure::get_field_properties, "A field's type, length, indexed, unique and invisible properties"),
    row("Is table number valid", 999, ANYWHERE, PURE, "tableNum: Integer -> Boolean", db::structure::is_table_number_valid, "True if a table has this number"),
    row("Is field number valid", 1000, ANYWHERE, PURE, "table: Any; fieldNum: Integer -> Boolean", db::structure::is_field_number_valid, "True if the table has a field of this number"),
    // Database: Records
    row("CREATE RECORD", 68, ANYWHERE, EFFECT, "aTable: Table?", db::records::create_record, "A new record in memory becomes the current record"),
    row("SAVE RECORD", 53, ANYWHERE, EFFECT, "aTable: Table?", db::records::save_record, "Saves the current record"),
    row("DELETE RECORD", 58, ANYWHERE, EFFECT, "aTable: Table?", db::records::delete_record, "Deletes the current record"),
    row("LOAD RECORD", 52, ANYWHERE, EFFECT, "aTable: Table?", db::records::load_record, "Loads the current record again"),
    row("UNLOAD RECORD", 212, ANYWHERE, EFFECT, "aTable: Table?", db::records::unload_record, "Frees the current record and its lock"),
    row("Is new record", 668, ANYWHERE, EFFECT, "aTable: Table? -> Boolean", db::records::is_new_record, "True if the current record is not saved yet"),
    row("Modified record", 314, ANYWHERE, EFFECT, "aTable: Table? -> Boolean", db::records::modified_record, "True if the current record changed since it was loaded"),
    row("Old", 35, ANYWHERE, EFFECT, "aField: Field -> Any", db::records::old, "A field's value as the current record was loaded"),
    row("Sequence number", 244, ANYWHERE, EFFECT, "aTable: Table? -> Integer", db::records::sequence_number, "The table's next sequence number"),
    row("READ ONLY", 145, ANYWHERE, EFFECT, "aTable: Table?", db::records::read_only, "Records of the table are loaded locked"),
    row("READ WRITE", 146, ANYWHERE, EFFECT, "aTable: Table?", db::records::read_write, "Records of the table are loaded for modification"),
    row("Read only state", 362, ANYWHERE, EFFECT, "aTable: Table? -> Boolean", db::records::read_only_state, "True if the table is read-only in this process"),
    row("Locked", 147, ANYWHERE, EFFECT, "aTable: Table? -> Boolean", db::records::locked, "True if the current record was loaded locked"),
    row("LOCKED BY", 353, ANYWHERE, EFFECT, "aTable: Raw?; process: Raw?; user: Raw?; sessionUser: Raw?; processName: Raw?", db::records::locked_by, "Which process holds the current record"),
    row("DEFAULT TABLE", 46, ANYWHERE, EFFECT, "aTable: Table", db::records::default_table, "The table commands use when theirs is left out"),
    // Database: Selection
    row("ALL RECORDS", 47, ANYWHERE, EFFECT, "aTable: Table?", db::selection::all_records, "Selects every record of the table"),
    row("FIRST RECORD", 50, ANYWHERE, EFFECT, "aTable: Table?", db::selection::first_record, "The first record of the selection becomes current"),
    row("NEXT RECORD", 51, ANYWHERE, EFFECT, "aTable: Table?", db::selection::next_record, "The next record of the selection becomes current"),
    row("PREVIOUS RECORD", 110, ANYWHERE, EFFECT, "aTable: Table?", db::selection::previous_record, "The previous record of the selection becomes current"),
    row("LAST RECORD", 200, ANYWHERE, EFFECT, "aTable: Table?", db::selection::last_record, "The last record of the selection becomes current"),
    row("GOTO SELECTED RECORD", 245, ANYWHERE, EFFECT, "aTable: Raw; record: Raw?", db::selection::goto_selected_record, "The record at a position of the selection becomes current"),
    row("GOTO RECORD", 242, ANYWHERE, EFFECT, "aTable: Raw; record: Raw?", db::selection::goto_record, "The record with this record number becomes current"),
    row("End selection", 36, ANYWHERE, EFFECT, "aTable: Table? -> Boolean", db::selection::end_selection, "True past the last record of the selection"),
    row("Before selection", 198, ANYWHERE, EFFECT, "aTable: Table? -> Boolean", db::selection::before_selection, "True before the first record of the selection"),
    row("Records in selection", 76, ANYWHERE, EFFECT, "aTable: Table? -> Integer", db::selection::records_in_selection, "The number of records in the selection"),
    row("Records in table", 83, ANYWHERE, EFFECT, "aTable: Table? -> Integer", db::selection::records_in_table, "The number of records in the table"),
    row("Selected record number", 246, ANYWHERE, EFFECT, "aTable: Table? -> Integer", db::selection::selected_record_number, "The current record's position in the selection"),
    row("Record number", 243, ANYWHERE, EFFECT, "aTable: Table? -> Integer", db::selection::record_number, "The current record's record number"),
    row("REDUCE SELECTION", 351, ANYWHERE, EFFECT, "aTable: Raw; number: Raw?", db::selection::reduce_selection, "Keeps the first records of the selection"),
    row("ONE RECORD SELECT", 189, ANYWHERE, EFFECT, "aTable: Table?", db::selection::one_record_select, "The selection becomes the current record"),
    row("DELETE SELECTION", 66, ANYWHERE, EFFECT, "aTable: Table?", db::selection::delete_selection, "Deletes the records of the selection"),
    // Database: Queries
    row("QUERY", 277, ANYWHERE, EFFECT, "aTable: Raw?; a: Raw?; b: Raw?; c: Raw?; d: Raw?; *?", db::query::query, "Selects the records that match: [T]F=value, conjunctions & | #, * to continue"),
    row("QUERY SELECTION", 341, ANYWHERE, EFFECT, "aTable: Raw?; a: Raw?; b: Raw?; c: Raw?; d: Raw?; *?", db::query::query_selection, "QUERY within the current selection"),
    row("QUERY WITH ARRAY", 644, ANYWHERE, EFFECT, "targetField: Field; array: Raw", db::query::query_with_array, "Selects the records whose field equals one of the array's values"),
    row("QUERY BY FORMULA", 48, ANYWHERE, EFFECT, "aTable: Raw?; queryFormula: Raw?", db::query::query_by_formula, "Selects the records for which the formula is True"),
    row("QUERY SELECTION BY FORMULA", 207, ANYWHERE, EFFECT, "aTable: Raw?; queryFormula: Raw?", db::query::query_selection_by_formula, "QUERY BY FORMULA within the current selection"),
    row("ORDER BY", 49, ANYWHERE, EFFECT, "aTable: Raw?; fieldsAndOrders: Raw...?; *?", db::query::order_by, "Sorts the selection on fields, > ascending or < descending"),
    // Database: values of a selection
    row("SELECTION TO ARRAY", 260, ANYWHERE, EFFECT, "fieldsAndArrays: Raw...; *?", db::series::selection_to_array, "Copies fields of the selection (or record numbers) into arrays"),
    row("SELECTION RANGE TO ARRAY", 368, ANYWHERE, EFFECT, "start: Raw; end: Raw; fieldsAndArrays: Raw...; *?", db::series::selection_range_to_array, "SELECTION TO ARRAY for part of the selection"),
    row("DISTINCT VALUES", 339, ANYWHERE, EFFECT, "aField: Field; array: Raw; countArray: Raw?", db::series::distinct_values, "The different values of a field in the selection, sorted"),
    row("Sum", 1, ANYWHERE, EFFECT, "series: Raw -> Real", db::series::sum, "The sum of a field over the selection, or of an array"),
    row("Average", 2, ANYWHERE, EFFECT, "series: Raw -> Real", db::series::average, "The average of a field over the selection, or of an array"),
    row("Max", 3, ANYWHERE, EFFECT, "series: Raw -> Any", db::series::max, "The largest value of a field over the selection, or of an array"),
    row("Min", 4, ANYWHERE, EFFECT, "series: Raw -> Any", db::series::min, "The smallest value of a field over the selection, or of an array"),
    // Database: sets and named selections
    row("CREATE SET", 116, ANYWHERE, EFFECT, "aTable: Raw; set: Raw?", db::sets::create_set, "A set of the current selection"),
    row("CREATE EMPTY SET", 140, ANYWHERE, EFFECT, "aTable: Raw; set: Raw?", db::sets::create_empty_set, "An empty set for a table"),
    row("ADD TO SET", 119, ANYWHERE, EFFECT, "aTable: Raw; set: Raw?", db::sets::add_to_set, "Adds the current record to a set"),
    row("REMOVE FROM SET", 561, ANYWHERE, EFFECT, "aTable: Raw; set: Raw?", db::sets::remove_from_set, "Removes the current record from a set"),
    row("USE SET", 118, ANYWHERE, EFFECT, "set: Raw", db::sets::use_set, "A set becomes its table's selection"),
    row("CLEAR SET", 117, ANYWHERE, EFFECT, "set: Raw", db::sets::clear_set, "Forgets a set"),
    row("UNION", 120, ANYWHERE, EFFECT, "set1: Raw; set2: Raw; resultSet: Raw", db::sets::union, "The records of either set"),
    row("INTERSECTION", 121, ANYWHERE, EFFECT, "set1: Raw; set2: Raw; resultSet: Raw", db::sets::intersection, "The records of both sets"),
    row("DIFFERENCE", 122, ANYWHERE, EFFECT, "set1: Raw; set2: Raw; resultSet: Raw", db::sets::difference, "The records of the first set not in the second"),
    row("Records in set", 195, ANYWHERE, EFFECT, "set: Raw -> Integer", db::sets::records_in_set, "The number of records in a set"),
    row("Is in set", 273, ANYWHERE, EFFECT, "set: Raw -> Boolean", db::sets::is_in_set, "True if the current record is in the set"),
    row("COPY NAMED SELECTION", 331, ANYWHERE, EFFECT, "aTable: Raw; name: Raw?", db::sets::copy_named_selection, "Keeps the selection under a name"),
    row("CUT NAMED SELECTION", 334, ANYWHERE, EFFECT, "aTable: Raw; name: Raw?", db::sets::cut_named_selection, "Keeps the selection under a name and empties it"),
    row("USE NAMED SELECTION", 332, ANYWHERE, EFFECT, "name: Raw", db::sets::use_named_selection, "A named selection becomes its table's selection"),
    row("CLEAR NAMED SELECTION", 333, ANYWHERE, EFFECT, "name: Raw", db::sets::clear_named_selection, "Forgets a named selection"),
    // ORDA
    row("ds", 1482, ANYWHERE, EFFECT, "localID: Text? -> Object", orda::ds, "The datastore: one property per dataclass"),
    // Database: transactions
    row("START TRANSACTION", 239, ANYWHERE, EFFECT, "", db::transactions::start_transaction, "Opens a (nested) transaction"),
    row("VALIDATE TRANSACTION", 240, ANYWHERE, EFFECT, "", db::transactions::validate_transaction, "Keeps the changes of the innermost transaction"),
    row("CANCEL TRANSACTION", 241, ANYWHERE, EFFECT, "", db::transactions::cancel_transaction, "Undoes the changes of the innermost transaction"),
    row("In transaction", 397, ANYWHERE, EFFECT, "-> Boolean", db::transactions::in_transaction, "True inside a transaction"),
    row("Transaction level", 961, ANYWHERE, EFFECT, "-> Integer", db::transactions::transaction_level, "The number of open transaction levels"),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names;

    #[test]
    fn rows_match_4d_command_list() {
        for b in TABLE {
            let id = names::command_by_number(b.number)
                .unwrap_or_else(|| panic!("{} ({}) is not a 4D command", b.name, b.number));
            let info = names::command(id);
            assert!(
                info.name.eq_ignore_ascii_case(b.name),
                "row {} has number {} which is {}",
                b.name,
                b.number,
                info.name
            );
        }
    }

    #[test]
    fn numbers_are_unique_and_signatures_parse() {
        let mut seen = std::collections::HashSet::new();
        for b in TABLE {
            assert!(seen.insert(b.number), "{} listed twice", b.number);
            let sig = crate::eval::native::Signature::parse(b.signature);
            assert!(
                sig.params.iter().all(|p| !p.name.is_empty()),
                "{}: {}",
                b.name,
                b.signature
            );
        }
    }

    /// Thread safety is 4D's, read from its command list: `SET PLUGIN ACCESS`
    /// is not thread-safe (docs/commands-legacy/set-plugin-access.md,
    /// "Thread safe ✗"), and every row says what the list says.
    #[test]
    fn thread_safety_is_read_from_4d_list() {
        let natives = crate::builtins::natives();
        let safe = |name: &str| natives.command_by_name(name).map(|c| c.thread_safe);
        assert_eq!(safe("SET PLUGIN ACCESS"), Some(false));
        for c in natives.commands() {
            let id = names::command_by_number(c.row.number).expect("a 4D command");
            let listed = names::command(id).thread_safety != names::ThreadSafety::Unsafe;
            assert_eq!(c.thread_safe, listed, "{}", c.row.name);
        }
    }
}
