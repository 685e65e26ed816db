// The warning shape lives in the core (results carry warnings); formatters and commands import it from here too.
export {type WarningJson, warningJson} from '../core/warning.js'
