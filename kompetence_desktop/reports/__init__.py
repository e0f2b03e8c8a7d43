"""Documents (PDF, Excel) and charts. No Qt here.

One renderer per document: ``plan.render_plan``, ``mus.render_mus``,
``mus.render_aftale``, ``indsigt.render_indsigt``, ``matrix_xlsx.render_matrix_xlsx``.
Every renderer returns bytes; the caller decides where they go.
"""
