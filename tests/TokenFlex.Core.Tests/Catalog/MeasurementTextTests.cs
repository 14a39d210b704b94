using TokenFlex.Core.Catalog;

namespace TokenFlex.Core.Tests.Catalog;

public class MeasurementTextTests
{
    [Fact]
    public void ItlMs_MlEnergyNotes_ReturnsP50AndP90()
    {
        // Arrange
        const string notes = "task=gpqa; 1xB200 TP1; avg output len 7026 tok; ITL p50 33.6 ms / p90 51.7 ms; instance";

        // Act
        var itl = MeasurementText.ItlMs(notes);

        // Assert
        itl.ShouldBe((33.6, 51.7));
    }

    [Fact]
    public void ItlMs_NotesWithoutItl_ReturnsNull()
    {
        // Arrange
        const string notes = "TensorRT-LLM v0.9 + ModelOpt v0.11 on H100; reported speedup vs FP16 = 1.39x";

        // Act
        var itl = MeasurementText.ItlMs(notes);

        // Assert
        itl.ShouldBeNull();
    }

    [Fact]
    public void AverageRunningBatch_MlEnergyBatchText_ReturnsMeasuredAverage()
    {
        // Arrange
        const string batch = "max_num_seqs=32 (avg running batch 31.9)";

        // Act
        var average = MeasurementText.AverageRunningBatch(batch);
        var max = MeasurementText.MaxNumSeqs(batch);

        // Assert
        average.ShouldBe(31.9);
        max.ShouldBe(32);
    }

    [Theory]
    [InlineData("max_num_seqs=1024 (avg running batch 898.5)", 1024)]
    [InlineData("batch 64 (full-batch, no in-flight batching)", 64)]
    [InlineData("batch 1; ISL/OSL=1024/128", 1)]
    [InlineData("vllm bench serve, ShareGPT, 1000 prompts, request rate unthrottled", double.PositiveInfinity)]
    public void NominalBatch_BatchDescriptions_ReturnsBatch(string text, double expected)
    {
        // Arrange: the texts are copied from the catalogue rows

        // Act
        var batch = MeasurementText.NominalBatch(text);

        // Assert
        batch.ShouldBe(expected);
    }

    [Theory]
    [InlineData("lm-arena-chat (LMArena chat prompts); 4xH100 TP1/EP4; avg output", 4)]
    [InlineData("task=lm-arena-chat (LMArena chat prompts); 1xH100 TP1; avg", 1)]
    public void GpuCount_MlEnergyNotes_ReturnsInstanceGpus(string notes, int expected)
    {
        // Arrange: the texts are copied from the catalogue rows

        // Act
        var gpus = MeasurementText.GpuCount(notes);

        // Assert
        gpus.ShouldBe(expected);
    }

    [Theory]
    [InlineData("reported speedup vs FP16 = 1.39x (normalized to GPU count)", 1.39)]
    [InlineData("Reported speedup vs FP16 on same GPU = 1.51x (no absolute tok/s given)", 1.51)]
    public void ReportedSpeedup_BothPhrasings_ReturnsFactor(string notes, double expected)
    {
        // Arrange: the texts are copied from the catalogue rows

        // Act
        var speedup = MeasurementText.ReportedSpeedup(notes);

        // Assert
        speedup.ShouldBe(expected);
    }

    [Theory]
    [InlineData("140-145", 142.5)]
    [InlineData("700", 700)]
    public void RangeMidpoint_RangeOrValue_ReturnsMidpoint(string text, double expected)
    {
        // Arrange: a min-max range or a single value

        // Act
        var midpoint = MeasurementText.RangeMidpoint(text);

        // Assert
        midpoint.ShouldBe(expected);
    }

    [Theory]
    [InlineData("-0.46%", -0.46)]
    [InlineData("100.3%", 100.3)]
    [InlineData("-0.62 pts (99.3% recovery)", -0.62)]
    public void LeadingNumber_QualityDeltas_ReturnsSignedNumber(string text, double expected)
    {
        // Arrange: quality_delta texts of the catalogue

        // Act
        var value = MeasurementText.LeadingNumber(text);

        // Assert
        value.ShouldBe(expected);
    }

    [Fact]
    public void InstancePowerW_MlEnergyNotes_ReturnsSummedPower()
    {
        // Arrange
        const string notes = "ITL p50 16.6 ms / p90 16.9 ms; instance avg GPU power 1765 W (sum over GPUs)";

        // Act
        var power = MeasurementText.InstancePowerW(notes);

        // Assert
        power.ShouldBe(1765);
    }
}
