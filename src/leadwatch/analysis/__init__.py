"""The pure analysis layer: arrays and frames in, frozen results out.

One subpackage per capability; each ``__init__`` is the index of its public names
(the model is statsmodels' ``tsa/api.py``: one import gives the public names of every
module of the subpackage), and its modules stay importable on their own (``__all__``
lists the names):

* :mod:`~leadwatch.analysis.leadlag`: the lead-lag battery and its tests
* :mod:`~leadwatch.analysis.phases`: market phases, returns by phase, outlook, watch
* :mod:`~leadwatch.analysis.connectedness`: Diebold-Yilmaz spillover tables
* :mod:`~leadwatch.analysis.scan`: the universe scan
* :mod:`~leadwatch.analysis.backtest`: strategies, engine, metrics, walk-forward
* :mod:`~leadwatch.analysis.conditional`: returns and correlation in and out of a regime

Shared helpers: :mod:`~leadwatch.analysis.validation`, :mod:`~leadwatch.analysis.inference`
(level, bootstrap replicates and seed as one value), :mod:`~leadwatch.analysis.bootstrap`,
:mod:`~leadwatch.analysis.correlation`, :mod:`~leadwatch.analysis.simulate` (planted
processes) and :mod:`~leadwatch.analysis.calibration` (seeded calibration runs).
Nothing is imported here, so ``import leadwatch.analysis`` stays light.
"""
