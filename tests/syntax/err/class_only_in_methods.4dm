Function f()
property p : Text
Class extends Base
