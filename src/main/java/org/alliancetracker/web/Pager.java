package org.alliancetracker.web;

/**
 * Where a page of a long list stands: its number (from 1), how many pages there are, and which items it shows. A
 * list that fits on one page has one page, also when empty.
 */
public record Pager(int page, int pageSize, long total) {

    /** The page the {@code page} parameter names (absent: the first), or a 400 or 404 for one that is not there. */
    public static Pager of(String parameter, int pageSize, long total) {
        Pager pager = new Pager(number(parameter), pageSize, total);
        if (pager.page() > pager.pages()) {
            throw new RecordNotFoundException("The list has " + pager.pages()
                    + (pager.pages() == 1 ? " page" : " pages") + "; there is no page " + pager.page() + ".");
        }
        return pager;
    }

    private static int number(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return 1;
        }
        String text = parameter.strip();
        if (!text.matches("[0-9]{1,6}") || Integer.parseInt(text) < 1) {
            throw new InvalidParameterException("page", "The parameter 'page' must be a page number: a whole number "
                    + "from 1.");
        }
        return Integer.parseInt(text);
    }

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    /** Where the page starts in the list, counted from 0. */
    public int offset() {
        return (page - 1) * pageSize;
    }

    /** The first item shown, counted from 1. */
    public long from() {
        return total == 0 ? 0 : offset() + 1L;
    }

    /** The last item shown, counted from 1. */
    public long to() {
        return Math.min(total, (long) page * pageSize);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    /**
     * The query string of a link to page {@code number} of the list whose other parameters are {@code listQuery} (""
     * or "?kind=foundation"): page 1 is the list's own address, without a page number.
     */
    public String linkTo(String listQuery, int number) {
        return number == 1 ? listQuery : listQuery + (listQuery.isEmpty() ? "?" : "&") + "page=" + number;
    }

    public int previous() {
        return page - 1;
    }

    public int next() {
        return page + 1;
    }
}
