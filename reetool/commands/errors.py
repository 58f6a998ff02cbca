"""An error the user can fix (bad argument, bad input file): printed without a traceback."""


class UserError(Exception):
    pass
